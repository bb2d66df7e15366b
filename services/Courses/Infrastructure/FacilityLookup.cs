using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Infrastructure;

internal static class FacilityLookup
{
    /// <summary>
    /// The open facility a request names in <paramref name="field"/>; an unknown or closed one is bad
    /// input, a 400 that names the field.
    /// </summary>
    public static async Task<Facility> OpenFacilityAsync(this CoursesDbContext db, string facilityId, string field, CancellationToken cancellationToken) =>
        await db.Facilities.SingleOrDefaultAsync(f => f.Id == facilityId && f.IsActive, cancellationToken)
            ?? throw new InvalidInputException(field, $"'{facilityId}' is not an open facility; see GET {Apis.FacilitiesApi.Route}.");
}
