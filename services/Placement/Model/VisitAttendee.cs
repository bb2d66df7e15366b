using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Placement.Model;

/// <summary>
/// A candidate who meets the employer at a visit, and the outcome for them. It says where the participant
/// is held and whom they meet, so its changes are audited like the candidate's.
/// </summary>
public sealed class VisitAttendee : IParticipantRecord
{
    private VisitAttendee()
    {
    }

    internal VisitAttendee(Guid candidateId, Guid participantId)
    {
        CandidateId = candidateId;
        ParticipantId = participantId;
        Outcome = VisitOutcome.Pending;
    }

    public Guid VisitId { get; private set; }

    public Guid CandidateId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public VisitOutcome Outcome { get; private set; }

    internal void Record(VisitOutcome outcome) => Outcome = outcome;
}
