using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Placement.Apis;

/// <param name="Year">The calendar year, e.g. 2026.</param>
public sealed record YearQuery([property: Range(2000, 2100)] int Year);
