using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>End an assignment.</summary>
public sealed record EndAssignmentRequest : IOpenApiExample<EndAssignmentRequest>
{
    public static EndAssignmentRequest Example => new() { EndedOn = new DateOnly(2026, 12, 18) };

    /// <summary>The last day; today when left out.</summary>
    public DateOnly? EndedOn { get; init; }
}
