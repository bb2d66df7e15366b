using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>An employer visit inside a facility with each candidate's outcome.</summary>
public sealed record VisitDto(Guid Id, Guid EmployerId, string FacilityId, DateOnly VisitOn, IReadOnlyList<VisitAttendeeDto> Candidates, int Revision)
    : IOpenApiExample<VisitDto>
{
    public static VisitDto Example => new(PlacementExamples.VisitId, PlacementExamples.EmployerId, "pi-vught", new DateOnly(2027, 2, 10), [VisitAttendeeDto.Example], 2);

    public static VisitDto From(EmployerVisit v) => new(v.Id, v.EmployerId, v.FacilityId, v.VisitOn,
        [.. v.Attendees.OrderBy(a => a.CandidateId).Select(a => new VisitAttendeeDto(a.CandidateId, a.ParticipantId, a.Outcome))], v.Revision);
}
