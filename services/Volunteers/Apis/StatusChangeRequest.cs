using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>One step in the lifecycle: applied → interview → VOG → training → active ⇄ inactive → left.</summary>
public sealed record StatusChangeRequest : IOpenApiExample<StatusChangeRequest>
{
    public static StatusChangeRequest Example => new() { Status = StatusChangeDto.Example.Status, On = StatusChangeDto.Example.Since };

    [Required]
    public VolunteerStatus? Status { get; init; }

    /// <summary>The day the step took effect; today when left out.</summary>
    public DateOnly? On { get; init; }
}
