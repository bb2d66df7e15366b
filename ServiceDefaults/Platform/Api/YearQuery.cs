using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.ServiceDefaults.Api;

/// <summary>The <c>?year=</c> of the yearly figures and statements every service reports.</summary>
/// <param name="Year">The calendar year, e.g. 2026.</param>
public sealed record YearQuery([property: Range(2000, 2100)] int Year);
