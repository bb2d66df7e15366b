using HerstelWerk.Contracts.Placement;
using HerstelWerk.Messaging.Events;
using HerstelWerk.SharedDomain.Participants;

namespace HerstelWerk.Placement.Model;

/// <summary>
/// An employer's visit inside a facility, to get acquainted and hold job interviews: a facility, a
/// day, the employer and the candidates who meet them, each with an outcome.
/// </summary>
public sealed class EmployerVisit : Aggregate
{
    private EmployerVisit()
    {
    }

    public Guid Id { get; private set; }

    public Guid EmployerId { get; private set; }

    public string FacilityId { get; private set; } = string.Empty;

    public DateOnly VisitOn { get; private set; }

    public int Revision { get; private set; }

    public List<VisitAttendee> Attendees { get; private set; } = [];

    /// <summary>
    /// Plans a visit. Every candidate must be open and, by Courses' latest word, held at the facility:
    /// a released or transferred candidate cannot meet the employer there.
    /// </summary>
    public static EmployerVisit Schedule(
        Employer employer, string facilityId, DateOnly visitOn, IReadOnlyList<(Candidate Candidate, ParticipantProjection? Participant)> candidates,
        DateOnly today, DateTimeOffset now)
    {
        if (visitOn < today)
        {
            throw new PlacementRuleException("A visit is scheduled ahead; record a past meeting as an interview in the placement.");
        }

        foreach (var (candidate, participant) in candidates)
        {
            candidate.EnsureOpen();
            if (participant?.FacilityId != facilityId || participant.ReleasedOn is not null)
            {
                throw new PlacementRuleException(
                    $"Candidate {candidate.Id} is not held at {facilityId}{(participant?.ReleasedOn is { } released ? $" (released on {released:yyyy-MM-dd})" : string.Empty)}.");
            }
        }

        var visit = new EmployerVisit { Id = Guid.CreateVersion7(now), EmployerId = employer.Id, FacilityId = facilityId, VisitOn = visitOn, Revision = 1 };
        visit.Attendees.AddRange(candidates.Select(c => new VisitAttendee(c.Candidate.Id, c.Candidate.ParticipantId)));
        visit.Raise(new EmployerVisitScheduledV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, VisitId = visit.Id, EmployerId = employer.Id, FacilityId = facilityId,
            VisitOn = visitOn, ParticipantIds = [.. visit.Attendees.Select(a => a.ParticipantId)],
        });
        return visit;
    }

    /// <summary>Records what came of the meeting for one candidate, once the visit day has come.</summary>
    public VisitAttendee RecordOutcome(Guid candidateId, VisitOutcome outcome, DateOnly today)
    {
        var attendee = Attendees.SingleOrDefault(a => a.CandidateId == candidateId)
            ?? throw new PlacementRuleException($"Candidate {candidateId} is not on this visit's list.");
        if (today < VisitOn)
        {
            throw new PlacementRuleException($"The visit is on {VisitOn:yyyy-MM-dd}; record outcomes from that day.");
        }

        attendee.Record(outcome);
        Revision++;
        return attendee;
    }

    public bool Met(Guid candidateId) => Attendees.Any(a => a.CandidateId == candidateId && a.Outcome is VisitOutcome.Interviewed or VisitOutcome.Acquainted);
}
