using System.Security.Claims;
using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Changes;
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
        return TypedResults.Ok(ConsentDto.ListOf(participant));
    }

    public static Task<Results<Ok<List<ConsentDto>>, NotFound, ProblemHttpResult>> RecordConsent(
        Guid participantId, ConsentRequest request, Changes<Participant> changes, ClaimsPrincipal user, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.ApplyAsync(participantId, participant =>
            participant.RecordConsent(request.Purpose!.Value, request.GivenOn!.Value, HerstelWerkClaims.SubjectOf(user), clock.Now), cancellationToken)
            .Ok(ConsentDto.ListOf);

    public static Task<Results<Ok<ParticipantDto>, NotFound, ProblemHttpResult>> WithdrawConsent(
        Guid participantId, WithdrawalRequest request, CoursesDbContext db, Changes<Participant> changes, ClaimsPrincipal user, BusinessClock clock,
        CancellationToken cancellationToken) =>
        changes.ApplyAsync(participantId, async participant =>
        {
            participant.WithdrawConsent(request.WithdrawnOn!.Value, HerstelWerkClaims.SubjectOf(user), clock.Now);
            await db.EndOpenEnrolmentsAsync(participantId, EndReason.ConsentWithdrawn, request.WithdrawnOn.Value, clock.Now, cancellationToken);
        }, cancellationToken).Ok(ParticipantDto.From);
}
