namespace HerstelWerk.Volunteers.Model;

/// <summary>One request for a certificate of conduct (VOG): requested, then issued or refused by Justis.</summary>
public sealed class VogRequest
{
    private VogRequest()
    {
    }

    internal VogRequest(Guid id, DateOnly requestedOn)
    {
        Id = id;
        RequestedOn = requestedOn;
        Outcome = VogOutcome.Requested;
    }

    public Guid Id { get; private set; }

    public Guid VolunteerId { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public VogOutcome Outcome { get; private set; }

    /// <summary>The day Justis issued or refused it.</summary>
    public DateOnly? DecidedOn { get; private set; }

    internal void Decide(VogOutcome outcome, DateOnly on)
    {
        if (Outcome != VogOutcome.Requested)
        {
            throw new VolunteerRuleException($"This VOG request was already {Outcome.ToString().ToLowerInvariant()} on {DecidedOn:yyyy-MM-dd}.");
        }

        if (outcome == VogOutcome.Requested)
        {
            throw new VolunteerRuleException("A decision is either Issued or Refused.");
        }

        if (on < RequestedOn)
        {
            throw new VolunteerRuleException($"A VOG cannot be decided before it was requested ({RequestedOn:yyyy-MM-dd}).");
        }

        Outcome = outcome;
        DecidedOn = on;
    }
}
