using System.ComponentModel.DataAnnotations;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Close a trajectory with its outcome.</summary>
public sealed record ClosureRequest : IOpenApiExample<ClosureRequest>
{
    /// <summary>Completed on the planned end: no reason needed.</summary>
    public static ClosureRequest Example => new() { Outcome = TrajectoryOutcome.Completed, ClosedOn = AftercareExamples.PlannedEndOn };

    /// <summary>Completed, LostContact, Reoffended, MovedAway or Declined.</summary>
    [Required]
    public TrajectoryOutcome? Outcome { get; init; }

    /// <summary>The day it closed; today when left out.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Why; required when closing before the planned end.</summary>
    [MaxLength(500)]
    public string? Reason { get; init; }
}
