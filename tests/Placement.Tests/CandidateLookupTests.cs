using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Placement.Tests.PlacementApi;

namespace HerstelWerk.Placement.Tests;

/// <summary>Finding a participant's candidate by the id the other services know them by.</summary>
public sealed class CandidateLookupTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task The_candidate_list_filters_by_participant_and_still_leaves_out_closed_ones_unless_asked()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var facilityId = NewFacilityId();
        var (participantId, candidateId) = await service.CandidateAfterCaoAsync(partner, facilityId, Today.AddDays(-3));
        var (withdrawnId, withdrawnCandidateId) = await service.CandidateAfterCaoAsync(partner, facilityId, Today.AddDays(-3));
        var withdrawn = new ConsentWithdrawnV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = withdrawnId, WithdrawnOn = Today, Revision = 2 };
        await partner.PublishAsync(withdrawn, withdrawn.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<string>(
            "SELECT closed_because FROM candidates WHERE id = $1", withdrawnCandidateId) == "ConsentWithdrawn", "the candidate to close");

        Assert.Equal([candidateId], await IdsAsync($"?participantId={participantId}"));
        Assert.Empty(await IdsAsync($"?participantId={withdrawnId}"));
        Assert.Equal([withdrawnCandidateId], await IdsAsync($"?participantId={withdrawnId}&openOnly=false"));
        Assert.Empty(await IdsAsync($"?participantId={Guid.NewGuid()}&openOnly=false"));
        Assert.Equal(2, (await IdsAsync($"?facilityId={facilityId}&openOnly=false")).Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync($"{Route}/candidates?participantId=not-an-id")).StatusCode);
    }

    private async Task<List<Guid>> IdsAsync(string query) =>
        [.. (await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/candidates{query}")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid())];
}
