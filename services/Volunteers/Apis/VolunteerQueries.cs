using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Apis;

internal static class VolunteerQueries
{
    /// <summary>Applies the list filters in the database, so paging counts only matching volunteers.</summary>
    public static IQueryable<Volunteer> Matching(this IQueryable<Volunteer> volunteers, VolunteerSearch search, VogPolicy policy, DateOnly today)
    {
        if (search.Status is { } status)
        {
            volunteers = volunteers.Where(v => v.Status == status);
        }

        if (search.Region is { } region)
        {
            volunteers = volunteers.Where(v => v.Region == region);
        }

        if (search.Role is { } role)
        {
            volunteers = volunteers.Where(v => v.Roles.Contains(role));
        }

        if (search.FacilityId is { } facilityId)
        {
            volunteers = volunteers.Where(v => v.FacilityAccess.Any(a =>
                a.FacilityId == facilityId && a.RevokedOn == null && a.GrantedOn <= today && (a.EndsOn == null || a.EndsOn >= today)));
        }

        if (search.Vog is { } standing)
        {
            // The standing is a function of the last issue date, so each standing is a range of those dates.
            var overdueIfIssuedBefore = policy.OverdueIfIssuedBefore(today);
            var dueSoonIfIssuedBy = policy.DueSoonIfIssuedBy(today);
            volunteers = standing switch
            {
                VogStanding.None => volunteers.Where(v => v.LastVogIssuedOn == null),
                VogStanding.Overdue => volunteers.Where(v => v.LastVogIssuedOn < overdueIfIssuedBefore),
                VogStanding.DueSoon => volunteers.Where(v => v.LastVogIssuedOn >= overdueIfIssuedBefore && v.LastVogIssuedOn <= dueSoonIfIssuedBy),
                _ => volunteers.Where(v => v.LastVogIssuedOn > dueSoonIfIssuedBy),
            };
        }

        if (search.Search?.Trim() is { Length: > 0 } text)
        {
            var pattern = LikePattern.Containing(text);
            volunteers = volunteers.Where(v => EF.Functions.ILike(v.FullName, pattern));
        }

        return volunteers;
    }
}
