using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Placement.Apis;

/// <param name="AdviserId">Only the placements of this adviser's candidates.</param>
public sealed record RetentionCheckSearch([property: StringLength(100)] string? AdviserId = null);
