using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Aftercare.Model;

/// <summary>
/// A job Placement reported for a participant (<c>JobStartedV1</c>, <c>EmploymentEndedV1</c>). While it
/// runs during a trajectory, the employer is supported too and the trajectory counts as coaching during work.
/// </summary>
public sealed class Employment : IParticipantRecord
{
    private Employment()
    {
    }

    public Employment(Guid placementId, Guid participantId, Guid employerId)
    {
        PlacementId = placementId;
        ParticipantId = participantId;
        EmployerId = employerId;
    }

    public Guid PlacementId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public Guid EmployerId { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    /// <summary>Placement's fixed word (ContractEnded, Resigned, Dismissed, Other).</summary>
    public string? EndReason { get; private set; }

    public void Start(DateOnly on) => StartedOn ??= on;

    public void End(DateOnly on, string reason)
    {
        EndedOn ??= on;
        EndReason ??= reason;
    }

    /// <summary>Whether the job ran on any day from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public bool RanBetween(DateOnly from, DateOnly to) => StartedOn is { } start && start <= to && (EndedOn is null || EndedOn >= from);
}
