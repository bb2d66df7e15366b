using HerstelWerk.Placement.Model;

namespace HerstelWerk.Placement.Apis;

public sealed record VisitAttendeeDto(Guid CandidateId, Guid ParticipantId, VisitOutcome Outcome);
