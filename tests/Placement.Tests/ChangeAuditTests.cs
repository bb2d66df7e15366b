using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Placement.Tests.PlacementApi;

namespace HerstelWerk.Placement.Tests;

/// <summary>The save audits every change of a participant's records made in a request: candidates, pipelines and visits alike, once per request.</summary>
public sealed class ChangeAuditTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task Every_change_of_a_candidate_their_pipeline_and_their_visit_is_in_the_audit_log_once()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var facilityId = NewFacilityId();
        var (participantId, candidateId) = await service.CandidateAfterCaoAsync(partner, facilityId, Today.AddDays(-5));
        await service.Client.PutCandidateAsync(candidateId, "adviser", new { adviserId = "adviser-7" });
        var employerId = await service.Client.EmployerAsync();
        var placementId = await service.Client.MatchAsync(candidateId, await service.Client.VacancyAsync(employerId));
        var visitId = (await service.Client.PostOkAsync($"{Route}/visits", new { employerId, facilityId, visitOn = Today, candidateIds = new[] { candidateId } }))
            .GetProperty("id").GetGuid();
        await service.Client.PostOkAsync($"{Route}/visits/{visitId}/candidates/{candidateId}/outcome", new { outcome = "Interviewed" });
        await service.Client.StepAsync(placementId, new { stage = "Interview", visitId });

        using var admin = service.ClientAs(Roles.Admin);
        var log = await admin.GetFromJsonAsync<JsonElement>($"{Route}/audit?participantId={participantId}&pageSize=100");
        var changes = log.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() != "Read")
            .Select(e => $"{e.GetProperty("action").GetString()} {e.GetProperty("endpoint").GetString()}")
            .Order(StringComparer.Ordinal);

        // The CAO completion made the candidate on the system's behalf (a consumer), so it is not here.
        Assert.Equal(
        [
            "Create POST /api/placement/placements/",
            "Update POST /api/placement/placements/{placementId:guid}/stages",
            "Update POST /api/placement/visits/",
            "Update POST /api/placement/visits/{visitId:guid}/candidates/{candidateId:guid}/outcome",
            "Update PUT /api/placement/candidates/{candidateId:guid}/adviser",
        ], changes);
    }

    [Fact]
    public async Task An_outcome_for_a_candidate_not_on_the_visit_or_for_an_unknown_visit_is_a_404()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var facilityId = NewFacilityId();
        var (_, onTheList) = await service.CandidateAfterCaoAsync(partner, facilityId, Today);
        var (_, notOnIt) = await service.CandidateAfterCaoAsync(partner, facilityId, Today);
        var visitId = (await service.Client.PostOkAsync($"{Route}/visits",
            new { employerId = await service.Client.EmployerAsync(), facilityId, visitOn = Today, candidateIds = new[] { onTheList } })).GetProperty("id").GetGuid();

        var stranger = await service.Client.PostAsJsonAsync($"{Route}/visits/{visitId}/candidates/{notOnIt}/outcome", new { outcome = "Acquainted" });
        var unknown = await service.Client.PostAsJsonAsync($"{Route}/visits/{Guid.NewGuid()}/candidates/{onTheList}/outcome", new { outcome = "Acquainted" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (stranger.StatusCode, unknown.StatusCode));
    }
}
