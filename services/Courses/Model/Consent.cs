namespace HerstelWerk.Courses.Model;

/// <summary>A consent as recorded: what was agreed to, on which day, and which staff member recorded it.</summary>
public sealed class Consent
{
    private Consent()
    {
    }

    internal Consent(ConsentPurpose purpose, DateOnly givenOn, string recordedBy, DateTimeOffset recordedAt)
    {
        Purpose = purpose;
        GivenOn = givenOn;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }

    public Guid ParticipantId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public DateOnly GivenOn { get; private set; }

    /// <summary>The <c>sub</c> of the staff member who recorded it.</summary>
    public string RecordedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawalRecordedBy { get; private set; }

    public bool IsActive => WithdrawnOn is null;

    internal void Withdraw(DateOnly on, string recordedBy)
    {
        WithdrawnOn = on;
        WithdrawalRecordedBy = recordedBy;
    }
}
