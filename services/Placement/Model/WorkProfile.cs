namespace HerstelWerk.Placement.Model;

/// <summary>
/// What the candidate and the adviser found out about work: talents, preferred sectors, what matters,
/// restrictions and certificates. The release date is not here: it comes from Courses' projection.
/// </summary>
/// <param name="PreferredSectors">Sector codes (e.g. <c>bouw</c>, <c>logistiek</c>), as employers and vacancies use them.</param>
/// <param name="RegionAfterRelease">Where the candidate will live after release (a province such as Noord-Brabant).</param>
/// <param name="AvailableFrom">A restriction beyond the release date, e.g. a training that ends first.</param>
/// <param name="OtherRestrictions">Other restrictions in the adviser's words (e.g. no night shifts).</param>
public sealed record WorkProfile(
    IReadOnlyList<string> Talents,
    IReadOnlyList<string> PreferredSectors,
    string? WhatMatters,
    string? RegionAfterRelease,
    DateOnly? AvailableFrom,
    string? OtherRestrictions,
    IReadOnlyList<string> Certificates)
{
    public static readonly WorkProfile Empty = new([], [], null, null, null, null, []);
}
