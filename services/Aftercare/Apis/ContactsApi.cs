using System.Security.Claims;
using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>
/// The contact log, with the participant and (separately) with the employer. Staff and the trajectory's
/// buddy log and read contacts with their notes; a volunteer who logged contacts before (a former buddy)
/// still reads the entries, without notes. Every read is audited.
/// </summary>
public static class ContactsApi
{
    public static void MapContactsApi(this IEndpointRouteBuilder endpoints)
    {
        var trajectory = endpoints.MapApiGroup($"{TrajectoriesApi.Route}/{{trajectoryId:guid}}", "Contacts");
        trajectory.MapPost("/contacts", LogContact)
            .RequireAccess(Extensions.StaffAndBuddies)
            .WithName("LogContact")
            .WithSummary("Log a contact with the participant: date, channel (Visit, Phone, Message), whether they were reached, and a short note. " +
                "A reached participant resets the contact rhythm.");
        trajectory.MapGet("/contacts", ListContacts)
            .RequireAccess(Extensions.StaffAndBuddies)
            .WithName("ListContacts")
            .WithSummary("The participant contacts, newest first; notes only for the buddy and staff.");
        trajectory.MapPost("/employer-contacts", LogEmployerContact)
            .RequireAccess(Extensions.StaffAndBuddies)
            .WithName("LogEmployerContact")
            .WithSummary("Log a contact with an employer Placement reported a job with (JobStartedV1).");
        trajectory.MapGet("/employer-contacts", ListEmployerContacts)
            .RequireAccess(Extensions.StaffAndBuddies)
            .WithName("ListEmployerContacts")
            .WithSummary("The employer contacts, newest first; notes only for the buddy and staff.");
    }

    public static Task<Results<Created<ContactDto>, NotFound, ProblemHttpResult>> LogContact(
        Guid trajectoryId, ContactRequest request, ClaimsPrincipal user, Changes<Trajectory> changes, BusinessClock clock, IOptions<AftercarePolicy> policy,
        CancellationToken cancellationToken)
    {
        var on = clock.PastOrToday(request.On, "on", "A contact");
        var author = Caller.From(user).AsAuthor;
        return changes.AddAsync(trajectoryId, trajectory => trajectory.LogContact(
                ContactParty.Participant, null, on, request.Channel!.Value, request.Reached!.Value, author, NoteOf(request), policy.Value, clock.Now), cancellationToken)
            .Created(entry => ContactDto.From(entry, showNote: true), LocationOf);
    }

    public static Task<Results<Created<ContactDto>, NotFound, ProblemHttpResult>> LogEmployerContact(
        Guid trajectoryId, EmployerContactRequest request, ClaimsPrincipal user, Changes<Trajectory> changes, AftercareDbContext db, BusinessClock clock,
        IOptions<AftercarePolicy> policy, CancellationToken cancellationToken)
    {
        var on = clock.PastOrToday(request.On, "on", "A contact");
        var author = Caller.From(user).AsAuthor;
        return changes.AddAsync(trajectoryId, async trajectory => trajectory.LogEmployerContact(
                request.EmployerId!.Value, await db.EmployersOfAsync(trajectory.ParticipantId, cancellationToken), on, request.Channel!.Value, request.Reached!.Value,
                author, NoteOf(request), policy.Value, clock.Now), cancellationToken)
            .Created(entry => ContactDto.From(entry, showNote: true), LocationOf);
    }

    public static Task<Results<Ok<Page<ContactDto>>, NotFound, ProblemHttpResult>> ListContacts(
        Guid trajectoryId, [AsParameters] PageQuery paging, ClaimsPrincipal user, AftercareDbContext db, ParticipantAudit audit, CancellationToken cancellationToken) =>
        ListAsync(trajectoryId, ContactParty.Participant, paging, Caller.From(user), db, audit, cancellationToken);

    public static Task<Results<Ok<Page<ContactDto>>, NotFound, ProblemHttpResult>> ListEmployerContacts(
        Guid trajectoryId, [AsParameters] PageQuery paging, ClaimsPrincipal user, AftercareDbContext db, ParticipantAudit audit, CancellationToken cancellationToken) =>
        ListAsync(trajectoryId, ContactParty.Employer, paging, Caller.From(user), db, audit, cancellationToken);

    private static async Task<Results<Ok<Page<ContactDto>>, NotFound, ProblemHttpResult>> ListAsync(
        Guid trajectoryId, ContactParty party, PageQuery paging, Caller caller, AftercareDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var trajectory = await db.Trajectories.AsNoTracking().SingleOrDefaultAsync(t => t.Id == trajectoryId, cancellationToken);
        if (trajectory is null)
        {
            return TypedResults.NotFound();
        }

        var madeContacts = caller.VolunteerId is { } volunteerId
            && await db.Contacts.AnyAsync(c => c.TrajectoryId == trajectoryId && c.MadeByVolunteerId == volunteerId, cancellationToken);
        if (!caller.MayChange(trajectory) && !madeContacts)
        {
            return Caller.NotTheBuddy();
        }

        var showNotes = caller.MayReadNotesOf(trajectory);
        var page = await db.Contacts.AsNoTracking().OfTrajectoryWith(trajectoryId, party).ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(trajectory.ParticipantId, cancellationToken);
        return TypedResults.Ok(new Page<ContactDto>([.. page.Items.Select(c => ContactDto.From(c, showNotes))], page.PageNumber, page.PageSize, page.TotalCount));
    }

    /// <summary>Where a new entry is announced; the log is read as a whole, so the address names the entry within it.</summary>
    private static string LocationOf(Trajectory trajectory, ContactEntry entry) => $"{TrajectoriesApi.Route}/{trajectory.Id}/contacts/{entry.Id}";

    private static string? NoteOf(ContactRequest request) => string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
}
