using System.ComponentModel.DataAnnotations;
using HerstelWerk.Aftercare.Model;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Close a trajectory with its outcome.</summary>
public sealed record ClosureRequest
{
    /// <summary>Completed, LostContact, Reoffended, MovedAway or Declined.</summary>
    [Required]
    public TrajectoryOutcome? Outcome { get; init; }

    /// <summary>The day it closed; today when left out.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Why; required when closing before the planned end.</summary>
    [MaxLength(500)]
    public string? Reason { get; init; }
}
