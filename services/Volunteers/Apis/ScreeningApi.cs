using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>What decides where a volunteer may work: VOG screening, facility access passes and trainings.</summary>
public static class ScreeningApi
{
    public static void MapScreeningApi(this IEndpointRouteBuilder endpoints)
    {
        var volunteer = endpoints.MapApiGroup($"{Extensions.RoutePrefix}/{{volunteerId:guid}}", "Screening and access");
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

    public static Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> RequestVog(
        Guid volunteerId, VogRequestRequest request, Changes<Volunteer> changes, IOptions<VogPolicy> vog, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, volunteer => volunteer.RequestVog(request.RequestedOn ?? clock.Today), cancellationToken)
            .Ok(volunteer => VolunteerDto.From(volunteer, vog.Value, clock.Today));

    public static Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> DecideVog(
        Guid volunteerId, Guid requestId, VogOutcomeRequest request, Changes<Volunteer> changes, IOptions<VogPolicy> vog, BusinessClock clock,
        CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, volunteer => volunteer.DecideVog(requestId, request.Outcome!.Value, request.DecidedOn!.Value, vog.Value, clock.Now), cancellationToken)
            .Ok(volunteer => VolunteerDto.From(volunteer, vog.Value, clock.Today));

    public static Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> GrantAccess(
        Guid volunteerId, string facilityId, FacilityAccessRequest request, Changes<Volunteer> changes, IOptions<VogPolicy> vog, BusinessClock clock,
        CancellationToken cancellationToken)
    {
        var facility = FacilityIds.Checked(facilityId);
        return changes.ApplyAsync(volunteerId, volunteer => volunteer.GrantAccess(facility, request.GrantedOn!.Value, request.EndsOn, clock.Now), cancellationToken)
            .Ok(volunteer => VolunteerDto.From(volunteer, vog.Value, clock.Today));
    }

    public static Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> RevokeAccess(
        Guid volunteerId, string facilityId, RevocationRequest request, Changes<Volunteer> changes, IOptions<VogPolicy> vog, BusinessClock clock,
        CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, volunteer => volunteer.RevokeAccess(facilityId, request.RevokedOn ?? clock.Today, clock.Now), cancellationToken)
            .Ok(volunteer => VolunteerDto.From(volunteer, vog.Value, clock.Today));

    public static Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> RecordTraining(
        Guid volunteerId, TrainingRequest request, Changes<Volunteer> changes, IOptions<VogPolicy> vog, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, volunteer => volunteer.RecordTraining(request.Training!.Trim(), request.QualifiesFor, request.CompletedOn!.Value, clock.Now), cancellationToken)
            .Ok(volunteer => VolunteerDto.From(volunteer, vog.Value, clock.Today));
}
