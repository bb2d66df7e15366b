using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>What a change to a volunteer may need: the clock and the VOG policy.</summary>
public sealed record ChangeContext(DateOnly Today, DateTimeOffset Now, VogPolicy Policy);

/// <summary>
/// The one way the APIs change a volunteer: load, apply, stage the raised events in the outbox, save
/// once, answer with the new state and ETag. The revision guards against concurrent changes (409).
/// </summary>
public sealed class VolunteerChanges(VolunteersDbContext db, IOptions<VogPolicy> vog, TimeProvider time, IHttpContextAccessor http)
{
    public async Task<Results<Ok<VolunteerDto>, NotFound>> ApplyAsync(
        Guid volunteerId, Action<Volunteer, ChangeContext> change, CancellationToken cancellationToken)
    {
        var volunteer = await db.LoadVolunteerAsync(volunteerId, cancellationToken);
        if (volunteer is null)
        {
            return TypedResults.NotFound();
        }

        var context = new ChangeContext(time.Today(), time.GetUtcNow(), vog.Value);
        change(volunteer, context);
        await db.SaveChangesAsync(cancellationToken);
        http.HttpContext?.Response.SetETag(volunteer.Revision);
        return TypedResults.Ok(VolunteerDto.From(volunteer, context.Policy, context.Today));
    }
}
