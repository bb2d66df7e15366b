using System.ComponentModel.DataAnnotations;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>One step in the lifecycle: applied → interview → VOG → training → active ⇄ inactive → left.</summary>
public sealed record StatusChangeRequest
{
    [Required]
    public VolunteerStatus? Status { get; init; }

    /// <summary>The day the step took effect; today when left out.</summary>
    public DateOnly? On { get; init; }
}
