using HerstelWerk.Contracts.Aftercare;

namespace HerstelWerk.Aftercare.Model;

/// <summary>The planned end, closing with an outcome, and what consent withdrawal and erasure do.</summary>
public sealed partial class Trajectory
{
    public void ExtendPlannedEnd(DateOnly to, string reason, DateTimeOffset now)
    {
        EnsureProcessing();
        if (to <= PlannedEndOn)
        {
            throw new AftercareRuleException($"An extension moves the planned end later than {PlannedEndOn:yyyy-MM-dd}.");
        }

        Extensions.Add(new PlannedEndExtension(Guid.CreateVersion7(now), PlannedEndOn, to, reason, now));
        PlannedEndOn = to;
        Revision++;
    }

    /// <summary>
    /// Closes the trajectory. Completed only once the minimum months after release have passed; any close
    /// before the planned end needs a reason. Publishes <c>AftercareClosedV1</c> with Completed or EndedEarly only.
    /// </summary>
    public void Close(TrajectoryOutcome outcome, DateOnly on, string? reason, AftercarePolicy policy, DateTimeOffset now)
    {
        EnsureProcessing();
        if (on < StartedOn)
        {
            throw new AftercareRuleException($"The trajectory started on {StartedOn:yyyy-MM-dd}; it cannot close before that.");
        }

        if (outcome == TrajectoryOutcome.Completed && on < policy.EarliestCompletionFor(ReleasedOn))
        {
            throw new AftercareRuleException(
                $"Aftercare lasts at least {policy.MinimumMonthsBeforeCompleted} months after release: it can be completed from {policy.EarliestCompletionFor(ReleasedOn):yyyy-MM-dd}, not on {on:yyyy-MM-dd}.");
        }

        if (on < PlannedEndOn && string.IsNullOrWhiteSpace(reason))
        {
            throw new AftercareRuleException($"Closing before the planned end ({PlannedEndOn:yyyy-MM-dd}) needs a reason.");
        }

        CloseAs(outcome, on, reason, now);
    }

    /// <summary>
    /// Consent withdrawn: processing stops at once. An open trajectory closes as Declined (the participant
    /// no longer wants it), so Volunteers stops looking for a buddy; notes are hidden from then on.
    /// </summary>
    public bool StopForWithdrawnConsent(DateOnly withdrawnOn, DateTimeOffset now)
    {
        if (ConsentWithdrawnOn is not null)
        {
            return false;
        }

        ConsentWithdrawnOn = withdrawnOn;
        if (IsOpen)
        {
            CloseAs(TrajectoryOutcome.Declined, withdrawnOn < StartedOn ? StartedOn : withdrawnOn, ConsentWithdrawnReason, now);
        }
        else
        {
            Revision++;
        }

        return true;
    }

    /// <summary>
    /// Courses erased the participant: notes, reasons and the facility go. Dates and the outcome stay, as
    /// Courses keeps the intake date, so the anonymous figures do not change.
    /// </summary>
    public bool ErasePersonalData(DateTimeOffset erasedAt)
    {
        if (ErasedAt is not null)
        {
            return false;
        }

        ErasedAt = erasedAt;
        FacilityId = null;
        CloseReason = null;
        // "Reoffended" is criminal-offence data about a person who can still be traced through the id;
        // only whether the trajectory was completed is needed for the anonymous figures.
        if (Outcome is not null and not TrajectoryOutcome.Completed)
        {
            Outcome = null;
        }

        Contacts.ForEach(c => c.EraseNote());
        Extensions.ForEach(e => e.Erase());
        Revision++;
        return true;
    }
}
