using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>What decides where a volunteer may work: VOG screening, facility access passes and trainings.</summary>
public static class ScreeningApi
{
    public static void MapScreeningApi(this IEndpointRouteBuilder endpoints)
    {
        var volunteer = endpoints.MapApiGroup($"{VolunteersApi.Route}/{{volunteerId:guid}}", "Screening and access");
        volunteer.MapPost("/vog-requests", RequestVog)
            .RequireAccess(Roles.Coordinator)
            .WithName("RequestVog")
            .WithSummary("Record that a VOG was requested from Justis; one request waits at a time.");
        volunteer.MapPost("/vog-requests/{requestId:guid}/outcome", DecideVog)
            .RequireAccess(Roles.Coordinator)
            .WithName("RecordVogOutcome")
            .WithSummary("Record Justis' decision (Issued or Refused). The re-check policy counts from the newest issued VOG.");
        volunteer.MapPut("/facility-access/{facilityId}", GrantAccess)
            .RequireAccess(Roles.Coordinator)
            .WithName("GrantFacilityAccess")
            .WithSummary("Record a facility director's access pass, with an optional end date (VolunteerAdmittedToFacilityV1).");
        volunteer.MapPost("/facility-access/{facilityId}/revocation", RevokeAccess)
            .RequireAccess(Roles.Coordinator)
            .WithName("RevokeFacilityAccess")
            .WithSummary("Record that a facility withdrew the pass (VolunteerAdmissionRevokedV1).");
        volunteer.MapPost("/trainings", RecordTraining)
            .RequireAccess(Roles.Coordinator)
            .WithName("RecordTraining")
            .WithSummary("Record a completed training; one that qualifies for a new role publishes VolunteerQualifiedV1.");
    }

    public static Task<Results<Ok<VolunteerDto>, NotFound>> RequestVog(
        Guid volunteerId, VogRequestRequest request, VolunteerChanges changes, CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, (volunteer, context) => volunteer.RequestVog(request.RequestedOn ?? context.Today), cancellationToken);

    public static Task<Results<Ok<VolunteerDto>, NotFound>> DecideVog(
        Guid volunteerId, Guid requestId, VogOutcomeRequest request, VolunteerChanges changes, CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, (volunteer, context) =>
            volunteer.DecideVog(requestId, request.Outcome!.Value, request.DecidedOn!.Value, context.Policy, context.Now), cancellationToken);

    public static async Task<Results<Ok<VolunteerDto>, NotFound, ValidationProblem>> GrantAccess(
        Guid volunteerId, string facilityId, FacilityAccessRequest request, VolunteerChanges changes, CancellationToken cancellationToken) =>
        FacilityIds.Problem(facilityId) is { } problem
            ? problem
            : await changes.ApplyAsync(volunteerId, (volunteer, context) =>
                volunteer.GrantAccess(facilityId, request.GrantedOn!.Value, request.EndsOn, context.Now), cancellationToken) switch
            {
                { Result: Ok<VolunteerDto> ok } => ok,
                _ => TypedResults.NotFound(),
            };

    public static Task<Results<Ok<VolunteerDto>, NotFound>> RevokeAccess(
        Guid volunteerId, string facilityId, RevocationRequest request, VolunteerChanges changes, CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, (volunteer, context) => volunteer.RevokeAccess(facilityId, request.RevokedOn ?? context.Today, context.Now), cancellationToken);

    public static Task<Results<Ok<VolunteerDto>, NotFound>> RecordTraining(
        Guid volunteerId, TrainingRequest request, VolunteerChanges changes, CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, (volunteer, context) =>
            volunteer.RecordTraining(request.Training!.Trim(), request.QualifiesFor, request.CompletedOn!.Value, context.Now), cancellationToken);
}
