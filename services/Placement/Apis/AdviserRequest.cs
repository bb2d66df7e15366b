using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>Assign the candidate's labour-integration adviser.</summary>
public sealed record AdviserRequest : IOpenApiExample<AdviserRequest>
{
    public static AdviserRequest Example => new() { AdviserId = "adviser-07" };

    /// <summary>The adviser's user id (the subject of their token).</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public string? AdviserId { get; init; }
}
