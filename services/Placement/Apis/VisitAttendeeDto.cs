using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

public sealed record VisitAttendeeDto(Guid CandidateId, Guid ParticipantId, VisitOutcome Outcome) : IOpenApiExample<VisitAttendeeDto>
{
    public static VisitAttendeeDto Example => new(PlacementExamples.CandidateId, PlacementExamples.ParticipantId, VisitOutcome.Interviewed);
}
