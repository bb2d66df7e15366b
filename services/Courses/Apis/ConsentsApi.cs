using System.Security.Claims;
using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Courses.Apis;

/// <summary>Consent: recorded by staff with who and when; withdrawn at any time, which stops all processing.</summary>
public static class ConsentsApi
{
    public static RouteGroupBuilder MapConsentsApi(this IEndpointRouteBuilder endpoints)
    {
        var consents = endpoints.MapApiGroup($"{ParticipantsApi.Route}/{{participantId:guid}}/consents", "Consent");
        consents.MapGet("/", ListConsents)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListConsents")
            .WithSummary("Every consent recorded for the participant, withdrawn ones included.");
        consents.MapPost("/", RecordConsent)
            .RequireAccess(Roles.Coordinator)
            .WithName("RecordConsent")
            .WithSummary("Record that the participant consented to a purpose, on a day; the recording staff member is noted.");
        consents.MapPost("/withdrawal", WithdrawConsent)
            .RequireAccess(Roles.Coordinator)
            .WithName("WithdrawConsent")
            .WithSummary("The participant withdrew consent: processing stops here and, through ConsentWithdrawnV1, everywhere. Counts stay.");
        return consents;
    }

    public static async Task<Results<Ok<List<ConsentDto>>, NotFound>> ListConsents(
        Guid participantId, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var participant = await db.LoadParticipantAsync(participantId, cancellationToken, tracking: false);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordReadAsync(participantId, cancellationToken);
        return TypedResults.Ok(participant.Consents.OrderBy(c => c.RecordedAt).Select(ConsentDto.From).ToList());
    }

    public static async Task<Results<Ok<List<ConsentDto>>, NotFound>> RecordConsent(
        Guid participantId, ConsentRequest request, CoursesDbContext db, ParticipantAudit audit, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var participant = await db.LoadParticipantAsync(participantId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        if (participant.RecordConsent(request.Purpose!.Value, request.GivenOn!.Value, StaffMember(user), time.GetUtcNow()))
        {
            audit.Stage(AuditAction.Update, participantId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(participant.Consents.OrderBy(c => c.RecordedAt).Select(ConsentDto.From).ToList());
    }

    public static async Task<Results<Ok<ParticipantDto>, NotFound>> WithdrawConsent(
        Guid participantId, WithdrawalRequest request, CoursesDbContext db, ParticipantAudit audit, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        var participant = await db.LoadParticipantAsync(participantId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        participant.WithdrawConsent(request.WithdrawnOn!.Value, StaffMember(user), now);
        db.PublishOnCommit(participant.ToConsentWithdrawnEvent(now), time);
        await EnrolmentChanges.EndAllAsync(db, participantId, Model.EndReason.ConsentWithdrawn, request.WithdrawnOn.Value, time, cancellationToken);
        audit.Stage(AuditAction.Update, participantId);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ParticipantDto.From(participant));
    }

    private static string StaffMember(ClaimsPrincipal user) => user.FindFirst(HerstelWerkClaims.Subject)?.Value ?? "unknown";
}
