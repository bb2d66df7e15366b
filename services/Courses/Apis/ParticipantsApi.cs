using System.Security.Claims;
using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Idempotency;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>Intake and participant records: coordinators only; every read and change is audited.</summary>
public static class ParticipantsApi
{
    public const string Route = Extensions.RoutePrefix + "/participants";

    public static RouteGroupBuilder MapParticipantsApi(this IEndpointRouteBuilder endpoints)
    {
        var participants = endpoints.MapApiGroup(Route, "Participants");

        participants.MapPost("/", RegisterParticipant)
            .RequireAccess(Roles.Coordinator)
            .WithIdempotencyKey()
            .WithName("RegisterParticipant")
            .WithSummary("Intake: register a participant, with the day their current stay began and the consents given at intake, and tell the " +
                "other services (ParticipantRegisteredV1). Send an Idempotency-Key header to make a retry safe.");
        participants.MapGet("/", ListParticipants)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListParticipants")
            .WithSummary("Participants, most recently registered first; filter by facilityId, status and search (name or prison number).");
        participants.MapGet("/{participantId:guid}", GetParticipant)
            .RequireAccess(Roles.Coordinator)
            .WithName("GetParticipant")
            .WithSummary("One participant's intake record, with its ETag for changes.");
        participants.MapPut("/{participantId:guid}", UpdateParticipant)
            .RequiresIfMatch()
            .RequireAccess(Roles.Coordinator)
            .WithName("UpdateParticipant")
            .WithSummary("Correct a participant's personal data. Send the ETag you read as If-Match: 412 if someone changed it meanwhile.");
        participants.MapPost("/{participantId:guid}/erasure", ErasureApi.EraseParticipant)
            .RequireAccess(Roles.Admin)
            .WithName("EraseParticipant")
            .WithSummary("Right to erasure: remove the participant's personal data here and, through ParticipantErasedV1, everywhere.");
        return participants;
    }

    public static async Task<Created<ParticipantDto>> RegisterParticipant(
        RegisterParticipantRequest request, CoursesDbContext db, Changes<Participant> changes, BusinessClock clock, ClaimsPrincipal user,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var facility = await db.OpenFacilityAsync(request.FacilityId!, "facilityId", cancellationToken);
        var created = await changes.CreateAsync(Participant.Register(request.ToIntake(), facility, HerstelWerkClaims.SubjectOf(user), clock.Now), cancellationToken)
            .Created(ParticipantDto.From, participant => $"{Route}/{participant.Id}");

        // The id only: names never reach logs or traces.
        loggers.CreateLogger(typeof(ParticipantsApi)).LogInformation("Registered participant {ParticipantId}", created.Value!.Id);
        return created;
    }

    public static async Task<Ok<Page<ParticipantDto>>> ListParticipants(
        [AsParameters] ParticipantSearch search, [AsParameters] PageQuery paging, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var participants = db.Participants.AsNoTracking();
        if (search.FacilityId is { } facilityId)
        {
            participants = participants.Where(p => p.FacilityId == facilityId);
        }

        if (search.Status is { } status)
        {
            participants = participants.Where(p => p.Status == status);
        }

        if (search.Search?.Trim() is { Length: > 0 } text)
        {
            var pattern = LikePattern.Containing(text);
            participants = participants.Where(p => EF.Functions.ILike(p.FullName!, pattern) || p.PrisonNumber == text);
        }

        var page = await Ordered(participants, search.Sort ?? ParticipantOrder.Registered)
            .Select(p => new ParticipantDto(p.Id, p.FullName, p.DateOfBirth, p.PrisonNumber, p.ContactLanguage, p.Group, p.FacilityId,
                p.ExpectedReleaseDate, p.Status, p.ReleasedOn, p.ConsentWithdrawnOn, p.RegisteredAt, p.Revision, p.ErasedAt != null))
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(page.Items.Select(p => p.Id), cancellationToken);
        return TypedResults.Ok(page);
    }

    // The id last makes every order total, so a page never repeats or skips a participant.
    private static IQueryable<Participant> Ordered(IQueryable<Participant> participants, ParticipantOrder order) => order switch
    {
        ParticipantOrder.Name => participants.OrderBy(p => p.FullName == null).ThenBy(p => p.FullName!.ToLower()).ThenBy(p => p.Id),
        ParticipantOrder.ExpectedRelease => participants.OrderBy(p => p.ExpectedReleaseDate == null).ThenBy(p => p.ExpectedReleaseDate).ThenBy(p => p.Id),
        _ => participants.OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id),
    };

    public static async Task<Results<Ok<ParticipantDto>, NotFound>> GetParticipant(
        Guid participantId, CoursesDbContext db, ParticipantAudit audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == participantId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordReadAsync(participantId, cancellationToken);
        response.SetETag(participant.Revision);
        return TypedResults.Ok(ParticipantDto.From(participant));
    }

    public static Task<Results<Ok<ParticipantDto>, NotFound, ProblemHttpResult>> UpdateParticipant(
        Guid participantId, UpdateParticipantRequest request, Changes<Participant> changes, CancellationToken cancellationToken) =>
        changes.UpdateAsync(participantId, participant =>
            participant.UpdatePersonalData(request.FullName!, request.DateOfBirth!.Value, request.PrisonNumber, request.ContactLanguage!), cancellationToken)
            .Ok(ParticipantDto.From);
}
