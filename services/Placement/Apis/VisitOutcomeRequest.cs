using System.ComponentModel.DataAnnotations;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>What came of the visit for one candidate.</summary>
public sealed record VisitOutcomeRequest : IOpenApiExample<VisitOutcomeRequest>
{
    public static VisitOutcomeRequest Example => new() { Outcome = VisitOutcome.Interviewed };

    /// <summary>Acquainted, Interviewed or DidNotAttend (Pending undoes a mistaken entry).</summary>
    [Required]
    public VisitOutcome? Outcome { get; init; }
}
