using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>Ending an enrolment by hand. Transfers, releases and withdrawals end enrolments by themselves.</summary>
public sealed record EndEnrolmentRequest : IOpenApiExample<EndEnrolmentRequest>
{
    public static EndEnrolmentRequest Example => new() { Reason = Model.EndReason.DroppedOut, EndedOn = new DateOnly(2026, 3, 20) };

    /// <summary>DroppedOut or ExcludedByFacility.</summary>
    [Required, AllowedValues(Model.EndReason.DroppedOut, Model.EndReason.ExcludedByFacility, ErrorMessage = "Use DroppedOut or ExcludedByFacility; transfers and releases end enrolments themselves.")]
    public EndReason? Reason { get; init; }

    [Required]
    public DateOnly? EndedOn { get; init; }
}
