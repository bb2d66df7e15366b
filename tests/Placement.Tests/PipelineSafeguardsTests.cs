using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.Placement.Jobs;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static HerstelWerk.Placement.Tests.PlacementApi;

namespace HerstelWerk.Placement.Tests;

/// <summary>What keeps the pipeline right on real servers: consent, erasure, duplicates, bad input and concurrent changes.</summary>
public sealed class PipelineSafeguardsTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task Consent_withdrawal_stops_open_pipelines_and_no_candidate_is_made_afterwards()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (participantId, candidateId) = await service.CandidateAfterCaoAsync(partner, NewFacilityId(), Today.AddDays(-60));
        var employerId = await service.Client.EmployerAsync();
        var working = await service.Client.MatchAsync(candidateId, await service.Client.VacancyAsync(employerId), on: Today.AddDays(-20));
        await service.Client.StepAsync(working, new { stage = "Interview", on = Today.AddDays(-15) });
        await service.Client.StepAsync(working, new { stage = "Offer", on = Today.AddDays(-12) });
        await service.Client.StepAsync(working, new { stage = "JobStarted", on = Today.AddDays(-10) });
        var matched = await service.Client.MatchAsync(candidateId, await service.Client.VacancyAsync(employerId, "Chauffeur"));

        var withdrawn = new ConsentWithdrawnV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = participantId, WithdrawnOn = Today, Revision = 2 };
        await partner.PublishAsync(withdrawn, withdrawn.EventId);

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM placements WHERE candidate_id = $1 AND stage = 'Closed' AND closed_reason = 'ConsentWithdrawn'", candidateId) == 2,
            "both pipelines to stop");
        var candidate = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/candidates/{candidateId}");
        Assert.Equal(("ConsentWithdrawn", false), (candidate.GetProperty("closedBecause").GetString(), candidate.GetProperty("isOpen").GetBoolean()));
        var refused = await service.Client.PostAsJsonAsync($"{Route}/placements/{matched}/stages", new { stage = "Interview" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%EmploymentEndedV1%' AND payload->>'placementId' = $1",
            working.ToString()));

        // A participant who withdrew before completing CAO never becomes a candidate, neither by the event nor by hand.
        var other = await service.ParticipantFromCoursesAsync(partner, NewFacilityId());
        var otherWithdrawn = withdrawn with { EventId = Guid.NewGuid(), ParticipantId = other };
        await partner.PublishAsync(otherWithdrawn, otherWithdrawn.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<DateOnly?>(
            "SELECT consent_withdrawn_on FROM participants WHERE participant_id = $1", other) is not null, "the withdrawal to reach the projection");
        var completion = CaoCompletion(other, Today);
        await partner.PublishAsync(completion, completion.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1", completion.EventId) == 1, "the completion to be processed");
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM candidates WHERE participant_id = $1", other));
        var byHand = await service.Client.PostAsJsonAsync($"{Route}/candidates", new { participantId = other });
        Assert.Equal(HttpStatusCode.Conflict, byHand.StatusCode);
        Assert.Contains("withdrew consent", await byHand.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Erasure_removes_the_work_profile_and_a_candidate_made_in_the_same_moment_is_stopped_by_the_next_round()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (participantId, candidateId) = await service.CandidateAfterCaoAsync(partner, NewFacilityId(), Today.AddDays(-10));
        await service.Client.PutCandidateAsync(candidateId, "profile", new { talents = new[] { "koken" }, whatMatters = "een nieuwe start", preferredSectors = new[] { "horeca" } });

        var erased = new ParticipantErasedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, ParticipantId = participantId, Revision = 2 };
        await partner.PublishAsync(erased, erased.EventId);

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<string>(
            "SELECT closed_because FROM candidates WHERE id = $1", candidateId) == "Erased", "the candidate to be erased");
        var candidate = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/candidates/{candidateId}");
        Assert.Equal(0, candidate.GetProperty("profile").GetProperty("talents").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, candidate.GetProperty("profile").GetProperty("whatMatters").ValueKind);
        Assert.Equal(JsonValueKind.Null, candidate.GetProperty("facilityId").ValueKind);

        // A completion processed just before the erasure reached the projection: the candidate exists although
        // the participant is erased. The next scheduled round stops it.
        var raced = await service.ParticipantFromCoursesAsync(partner, NewFacilityId());
        var racedErasure = erased with { EventId = Guid.NewGuid(), ParticipantId = raced };
        await partner.PublishAsync(racedErasure, racedErasure.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = $1", racedErasure.EventId) == 2, "the projection and the candidates to take the erasure");
        Guid racedCandidate;
        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
            var late = Candidate.FromCaoCompletion(raced, Today, Today, DateTimeOffset.UtcNow);
            db.Candidates.Add(late);
            await db.SaveChangesAsync();
            racedCandidate = late.Id;
        }

        var job = new RetentionCheckJob(service.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new RetentionPolicy()),
            service.Services.GetRequiredService<BusinessClock>(), TimeProvider.System, NullLogger<RetentionCheckJob>.Instance);
        Assert.True(await job.StopStrandedAsync(CancellationToken.None) >= 1);
        Assert.Equal("Erased", await service.QueryScalarAsync<string>("SELECT closed_because FROM candidates WHERE id = $1", racedCandidate));
        Assert.Equal(0, await job.StopStrandedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task One_candidate_per_participant_however_often_and_only_for_CAO()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var participantId = await service.ParticipantFromCoursesAsync(partner, NewFacilityId());
        var sos = CaoCompletion(participantId, Today.AddDays(-40), courseTypeId: "sos-group");
        var first = CaoCompletion(participantId, Today.AddDays(-20));
        var earlier = CaoCompletion(participantId, Today.AddDays(-30));

        await partner.PublishAsync(sos, sos.EventId);
        await partner.PublishAsync(first, first.EventId);
        await partner.PublishAsync(first, first.EventId);
        await partner.PublishAsync(earlier, earlier.EventId);

        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM inbox_messages WHERE message_id = ANY($1)", new[] { sos.EventId, first.EventId, earlier.EventId }) == 3, "all completions processed");
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM candidates WHERE participant_id = $1", participantId));
        Assert.Equal(Today.AddDays(-30), await service.QueryScalarAsync<DateOnly>("SELECT cao_completed_on FROM candidates WHERE participant_id = $1", participantId));
        Assert.Equal(1, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%CandidateRegisteredV1%' AND payload->>'participantId' = $1", participantId.ToString()));
        var again = await service.Client.PostAsJsonAsync($"{Route}/candidates", new { participantId });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("The participant is already a candidate.", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_unknown_ids_404_and_illegal_jumps_409()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (_, candidateId) = await service.CandidateAfterCaoAsync(partner, NewFacilityId(), Today);
        var vacancyId = await service.Client.VacancyAsync(await service.Client.EmployerAsync());
        var placementId = await service.Client.MatchAsync(candidateId, vacancyId);

        var badEmployer = await service.Client.PostAsJsonAsync($"{Route}/employers", new { organisation = "X BV", contactPerson = "Jan", contactEmail = "nope", sector = "Bouw & Infra", region = "Utrecht" });
        var badStep = await service.Client.PostAsJsonAsync($"{Route}/placements/{placementId}/stages", new { stage = "Closed" });
        var futureStep = await service.Client.PostAsJsonAsync($"{Route}/placements/{placementId}/stages", new { stage = "Interview", on = Today.AddDays(3) });
        var unknownStage = await service.Client.PostAsJsonAsync($"{Route}/placements/{placementId}/stages", new { stage = "Hired" });
        var unknownCandidate = await service.Client.PostAsJsonAsync($"{Route}/placements", new { candidateId = Guid.NewGuid(), vacancyId = Guid.NewGuid() });
        var jump = await service.Client.PostAsJsonAsync($"{Route}/placements/{placementId}/stages", new { stage = "JobStarted" });
        var badYear = await service.Client.GetAsync($"{Route}/progress?year=1900");
        var twice = await service.Client.PostAsJsonAsync($"{Route}/placements", new { candidateId, vacancyId });

        Assert.Equal(["contactEmail", "hiresPeopleWithRecord", "sector"], await ErrorFieldsAsync(badEmployer));
        Assert.Equal(["closedReason"], await ErrorFieldsAsync(badStep));
        Assert.Equal(["on"], await ErrorFieldsAsync(futureStep));
        Assert.Equal(HttpStatusCode.BadRequest, unknownStage.StatusCode);
        Assert.Contains("stage", await unknownStage.Content.ReadAsStringAsync());
        Assert.Equal(["candidateId"], await ErrorFieldsAsync(unknownCandidate));
        Assert.Equal(["year"], await ErrorFieldsAsync(badYear));
        Assert.Equal(HttpStatusCode.Conflict, jump.StatusCode);
        Assert.Contains("A placement at Matched can move to Interview or Closed, not to JobStarted.", await jump.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("A pipeline for this candidate and vacancy is already running.", await twice.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync($"{Route}/placements/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync($"{Route}/candidates/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.PostAsJsonAsync($"{Route}/placements/{Guid.NewGuid()}/stages", new { stage = "Offer" })).StatusCode);
    }

    [Fact]
    public async Task Changes_need_the_current_ETag_and_two_advisers_moving_one_pipeline_at_once_do_not_both_succeed()
    {
        var employerId = await service.Client.EmployerAsync("Schoonmaak Noord");
        var created = await service.Client.GetAsync($"{Route}/employers/{employerId}");
        var etag = created.Headers.ETag!;
        object Details(string region) => new
        {
            organisation = "Schoonmaak Noord", contactPerson = "Ria Bos", contactEmail = "ria@schoon.example", sector = "schoonmaak", region, hiresPeopleWithRecord = true,
        };

        var missing = await service.Client.PutAsJsonAsync($"{Route}/employers/{employerId}", Details("Drenthe"));
        using var first = new HttpRequestMessage(HttpMethod.Put, $"{Route}/employers/{employerId}") { Content = JsonContent.Create(Details("Groningen")) };
        first.Headers.IfMatch.Add(etag);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"{Route}/employers/{employerId}") { Content = JsonContent.Create(Details("Friesland")) };
        stale.Headers.IfMatch.Add(etag);

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await service.Client.SendAsync(stale)).StatusCode);
        Assert.Equal("Groningen", (await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/employers/{employerId}")).GetProperty("region").GetString());

        await using var partner = await service.StartPartnerBusAsync();
        var (_, candidateId) = await service.CandidateAfterCaoAsync(partner, NewFacilityId(), Today);
        var vacancyId = await service.Client.VacancyAsync(employerId, "Schoonmaker");
        for (var round = 0; round < 3; round++)
        {
            var placementId = await service.Client.MatchAsync(candidateId, vacancyId);
            using var barrier = new Barrier(2);
            // Both advisers move the match to Interview. Truly at once, the revision lets one win and the
            // other gets 409; one after the other, the rule refuses the second (Interview cannot follow
            // Interview). Without either guard both would succeed and the history would hold a step twice.
            var responses = await Task.WhenAll(new[] { "adviser-a", "adviser-b" }.Select(adviser => Task.Run(async () =>
            {
                using var client = service.ClientAs("adviser", subject: adviser);
                barrier.SignalAndWait();
                return await client.PostAsJsonAsync($"{Route}/placements/{placementId}/stages", new { stage = "Interview" });
            })));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            Assert.Equal(2, await service.QueryScalarAsync<long>("SELECT count(*) FROM placement_stage_history WHERE placement_id = $1", placementId));
            var final = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/placements/{placementId}");
            Assert.Equal("Interview", final.GetProperty("stage").GetString());
            if (final.GetProperty("stage").GetString() != "Closed")
            {
                await service.Client.StepAsync(placementId, new { stage = "Closed", closedReason = "Other" });
            }
        }
    }

    private static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)];
    }
}
