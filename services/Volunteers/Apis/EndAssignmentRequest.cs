namespace HerstelWerk.Volunteers.Apis;

/// <summary>End an assignment.</summary>
public sealed record EndAssignmentRequest
{
    /// <summary>The last day; today when left out.</summary>
    public DateOnly? EndedOn { get; init; }
}
