using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Development;

/// <summary>
/// <c>POST /api/volunteers/development/seed</c> loads <see cref="DevelopmentVolunteers"/> (run
/// <c>./eng/seed-volunteers.sh</c>). It exists only in the Development environment: production never
/// has the endpoint, so made-up people can never mix with real volunteers there.
/// </summary>
public static class DevelopmentSeedApi
{
    public static void MapDevelopmentSeedApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        app.MapPost($"{Extensions.RoutePrefix}/development/seed", Seed)
            .RequireAccess(Roles.Admin)
            .WithTags("Development")
            .WithName("SeedDevelopmentVolunteers")
            .WithSummary("Development only: load about 600 made-up volunteers (once).");
    }

    public static async Task<Results<Ok<SeedResult>, Conflict<SeedResult>>> Seed(
        VolunteersDbContext db, IOptions<VogPolicy> vog, BusinessClock clock, CancellationToken cancellationToken)
    {
        var existing = await db.Volunteers.CountAsync(v => v.Email.EndsWith("@" + DevelopmentVolunteers.EmailDomain), cancellationToken);
        if (existing > 0)
        {
            return TypedResults.Conflict(new SeedResult(existing, "The development volunteers are already loaded."));
        }

        var volunteers = DevelopmentVolunteers.Create(clock.Today, clock.Now, vog.Value).ToList();
        // The save collects every event the volunteers raised on the way, as for real ones.
        db.Volunteers.AddRange(volunteers);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SeedResult(volunteers.Count, $"Loaded {volunteers.Count} development volunteers."));
    }
}
