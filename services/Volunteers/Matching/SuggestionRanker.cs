using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Matching;

/// <summary>
/// Ranks volunteers for a participant and a role. Excluded: anyone not active, with an overdue VOG, full,
/// or not trained for the role. The rest are ordered by, in turn: an access pass for the participant's
/// facility (roles worked inside only), the same region, a shared language, and the most free places.
/// Each suggestion says why, in that order.
/// </summary>
public static class SuggestionRanker
{
    public static IReadOnlyList<Suggestion> Rank(IEnumerable<Volunteer> volunteers, MatchRequest request, VogPolicy policy)
    {
        var inside = VolunteerRoles.IsInsideFacility(request.Role);
        return volunteers
            .Where(v => v.Status == VolunteerStatus.Active
                && v.Roles.Contains(request.Role)
                && v.FreeSlots > 0
                && v.VogStandingOn(policy, request.On) != VogStanding.Overdue)
            .Select(v => new
            {
                Volunteer = v,
                Admitted = inside && request.FacilityId is { } facility && v.HasAccessOn(facility, request.On),
                SameRegion = request.Region is { } region && string.Equals(v.Region, region, StringComparison.OrdinalIgnoreCase),
                SharedLanguage = request.Language is { } language && v.Languages.Contains(language.ToLowerInvariant()),
            })
            .OrderByDescending(c => c.Admitted)
            .ThenByDescending(c => c.SameRegion)
            .ThenByDescending(c => c.SharedLanguage)
            .ThenByDescending(c => c.Volunteer.FreeSlots)
            .ThenBy(c => c.Volunteer.FullName, StringComparer.Ordinal)
            .Select(c => new Suggestion(c.Volunteer.Id, c.Volunteer.FullName, c.Volunteer.Region, c.Volunteer.FreeSlots,
                Reasons(c.Volunteer, request, inside, c.Admitted, c.SameRegion, c.SharedLanguage, policy)))
            .ToList();
    }

    private static List<string> Reasons(Volunteer v, MatchRequest request, bool inside, bool admitted, bool sameRegion, bool sharedLanguage, VogPolicy policy)
    {
        var reasons = new List<string>();
        if (inside)
        {
            reasons.Add(admitted ? $"has an access pass for {request.FacilityId}" : $"needs an access pass for {request.FacilityId ?? "the facility"} first");
        }

        if (request.Region is not null)
        {
            reasons.Add(sameRegion ? $"lives in {v.Region}" : $"lives in another region ({v.Region})");
        }

        if (request.Language is not null)
        {
            reasons.Add(sharedLanguage ? $"speaks {request.Language}" : $"does not speak {request.Language}");
        }

        reasons.Add($"{v.FreeSlots} of {v.Capacity} places free");
        if (v.VogStandingOn(policy, request.On) == VogStanding.DueSoon)
        {
            reasons.Add($"VOG re-check due on {v.VogDueOn(policy):yyyy-MM-dd}");
        }

        return reasons;
    }
}
