using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Placement;
using HerstelWerk.Placement.Jobs;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static HerstelWerk.Placement.Tests.PlacementApi;

namespace HerstelWerk.Placement.Tests;

/// <summary>From a CAO completion to a job that lasts, on real PostgreSQL and RabbitMQ, with the events partners and Aftercare receive.</summary>
public sealed class PipelineJourneyTests(FastProgressPlacementFixture service) : IClassFixture<FastProgressPlacementFixture>
{
    [Fact]
    public async Task A_CAO_completion_becomes_a_candidate_who_meets_an_employer_at_a_visit_and_starts_a_job()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus
            .Observe<CandidateRegisteredV1>().Observe<EmployerVisitScheduledV1>().Observe<JobStartedV1>());
        var facilityId = NewFacilityId();
        var participantId = await service.ParticipantFromCoursesAsync(partner, facilityId, expectedRelease: Today.AddMonths(2));

        // 1. The CAO completion arrives as an event.
        var completed = CaoCompletion(participantId, Today.AddDays(-30));
        await partner.PublishAsync(completed, completed.EventId);

        // 2. A candidate appears, announced to partners, with Courses' facility and release date.
        var registered = await partner.ReceivedOf<CandidateRegisteredV1>().WaitForAsync(e => e.ParticipantId == participantId, "CandidateRegisteredV1");
        var candidateId = registered.Message.CandidateId;
        var candidates = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/candidates?facilityId={facilityId}");
        var listed = Assert.Single(candidates.GetProperty("items").EnumerateArray());
        Assert.Equal(candidateId, listed.GetProperty("id").GetGuid());
        Assert.Equal(Today.AddMonths(2).ToString("yyyy-MM-dd"), listed.GetProperty("expectedReleaseDate").GetString());
        Assert.Equal(Today.AddDays(-30).ToString("yyyy-MM-dd"), listed.GetProperty("caoCompletedOn").GetString());
        await SetProfileAsync(candidateId, adviserId: "adviser-anouk");

        var employerId = await service.Client.EmployerAsync("Transport Van Dijk", sector: "logistiek");
        var vacancyId = await service.Client.VacancyAsync(employerId, "Heftruckchauffeur", startsOn: Today.AddMonths(2).AddDays(7));
        var suggestions = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/candidates/{candidateId}/suggestions?pageSize=100");
        var suggestion = suggestions.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("vacancyId").GetGuid() == vacancyId);
        Assert.Contains("sector logistiek is one of the candidate's preferences", suggestion.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var placementId = await service.Client.MatchAsync(candidateId, vacancyId);

        // 3. An employer visit inside the facility is scheduled.
        var visit = await service.Client.PostOkAsync($"{Route}/visits", new { employerId, facilityId, visitOn = Today, candidateIds = new[] { candidateId } });
        var visitId = visit.GetProperty("id").GetGuid();
        var scheduled = await partner.ReceivedOf<EmployerVisitScheduledV1>().WaitForAsync(e => e.VisitId == visitId, "EmployerVisitScheduledV1");
        Assert.Equal((employerId, facilityId, Today), (scheduled.Message.EmployerId, scheduled.Message.FacilityId, scheduled.Message.VisitOn));
        Assert.Equal([participantId], scheduled.Message.ParticipantIds);

        // 4. An interview at the visit, and an offer.
        var outcome = await service.Client.PostOkAsync($"{Route}/visits/{visitId}/candidates/{candidateId}/outcome", new { outcome = "Interviewed" });
        Assert.Equal("Interviewed", outcome.GetProperty("candidates")[0].GetProperty("outcome").GetString());
        await service.Client.StepAsync(placementId, new { stage = "Interview", visitId });
        await service.Client.StepAsync(placementId, new { stage = "Offer" });

        // 5. The job starts.
        var started = await service.Client.StepAsync(placementId, new { stage = "JobStarted" });

        // 6. JobStarted is published, naming the participant and the employer by id only.
        var jobStarted = await partner.ReceivedOf<JobStartedV1>().WaitForAsync(e => e.PlacementId == placementId, "JobStartedV1");
        Assert.Equal((participantId, employerId, Today), (jobStarted.Message.ParticipantId, jobStarted.Message.EmployerId, jobStarted.Message.StartedOn));
        Assert.DoesNotContain("Van Dijk", jobStarted.RawBody);
        Assert.DoesNotContain("Petra", jobStarted.RawBody + scheduled.RawBody);
        Assert.Equal(["Matched", "Interview", "Offer", "JobStarted"], started.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("stage").GetString()));
        Assert.Equal(visitId, started.GetProperty("history")[1].GetProperty("visitId").GetGuid());
        Assert.Equal(["Coaching", "Retained", "EmploymentEnded"], started.GetProperty("nextStages").EnumerateArray().Select(s => s.GetString()));

        // The job counts towards the year's target at the facility the candidate was held, on the dashboard too.
        var progress = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/progress?year={Today.Year}");
        var starts = Figure(progress, "jobStarts");
        Assert.Equal(41, starts.GetProperty("target").GetDecimal());
        Assert.Equal(1, starts.GetProperty("byFacility").GetProperty(facilityId).GetDecimal());
        Assert.Equal(30, Figure(progress, "averageDaysFromCaoToJobStart").GetProperty("byFacility").GetProperty(facilityId).GetDecimal());
        await Eventually.HoldsAsync(() => Task.FromResult(ProgressGaugeReader.Read(service.Services, "herstelwerk.placement.progress", "jobStarts", facilityId) == 1), "the jobStarts gauge for the facility");
    }

    [Fact]
    public async Task The_retention_check_asks_the_adviser_after_six_months_and_reports_the_answer()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<RetentionConfirmedV1>().Observe<EmploymentEndedV1>());
        var adviser = $"adviser-{Guid.NewGuid():N}";
        var employerId = await service.Client.EmployerAsync("Bouwgroep Zuid", sector: "bouw");
        var vacancyId = await service.Client.VacancyAsync(employerId, "Timmerman");
        var facilityId = NewFacilityId();
        var longAgo = await JobAsync(partner, adviser, vacancyId, startedOn: Today.AddMonths(-7), facilityId);
        var recent = await JobAsync(partner, adviser, vacancyId, startedOn: Today.AddMonths(-1));

        var job = RetentionCheck(DateTimeOffset.UtcNow);
        Assert.True(await job.MarkDueAsync(CancellationToken.None) >= 1);
        Assert.Equal(0, await job.MarkDueAsync(CancellationToken.None));
        Assert.Equal([longAgo], await AwaitingAsync(adviser));
        // The dashboard and the report count it as a figure of today.
        var progress = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/progress?year={Today.Year}");
        Assert.Equal(1, Figure(progress, "retentionChecksAwaiting").GetProperty("byFacility").GetProperty(facilityId).GetDouble());
        await Eventually.HoldsAsync(() => Task.FromResult(ProgressGaugeReader.Read(
            service.Services, "herstelwerk.placement.progress", "retentionChecksAwaiting", facilityId) == 1), "the retentionChecksAwaiting gauge for the facility");

        // The adviser confirms the job lasted: reported to partners, and no longer asked.
        var retained = await service.Client.StepAsync(longAgo, new { stage = "Retained" });
        var confirmed = await partner.ReceivedOf<RetentionConfirmedV1>().WaitForAsync(e => e.PlacementId == longAgo, "RetentionConfirmedV1");
        Assert.Equal((Today.AddMonths(-7), Today), (confirmed.Message.StartedOn, confirmed.Message.ConfirmedOn));
        Assert.Equal("Retained", retained.GetProperty("stage").GetString());
        Assert.Empty(await AwaitingAsync(adviser));

        // A month into the job it is too early to confirm; five months later (on the job's business date) the adviser is asked.
        var early = await service.Client.PostAsJsonAsync($"{Route}/placements/{recent}/stages", new { stage = "Retained" });
        Assert.Equal(System.Net.HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("Retention is confirmed 6 months after the job start", await early.Content.ReadAsStringAsync());
        Assert.Equal(1, await RetentionCheck(DateTimeOffset.UtcNow.AddMonths(5).AddDays(1)).MarkDueAsync(CancellationToken.None));
        Assert.Equal([recent], await AwaitingAsync(adviser));

        // The adviser records that the job ended instead.
        await service.Client.StepAsync(recent, new { stage = "EmploymentEnded", endReason = "ContractEnded" });
        var ended = await partner.ReceivedOf<EmploymentEndedV1>().WaitForAsync(e => e.PlacementId == recent, "EmploymentEndedV1");
        Assert.Equal(("ContractEnded", employerId), (ended.Message.Reason, ended.Message.EmployerId));
        Assert.Empty(await AwaitingAsync(adviser));
    }

    [Fact]
    public async Task An_admin_runs_the_retention_check_now_and_the_run_is_audited_naming_no_participant()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var adviser = $"adviser-{Guid.NewGuid():N}";
        var vacancyId = await service.Client.VacancyAsync(await service.Client.EmployerAsync("Groenbedrijf Oost", sector: "groen"), "Hovenier");
        var due = await JobAsync(partner, adviser, vacancyId, startedOn: Today.AddMonths(-8));
        var operatorId = $"admin-{Guid.NewGuid():N}";
        using var admin = service.ClientAs(Roles.Admin, subject: operatorId);

        var run = await admin.PostOkAsync($"{Route}/jobs/retention-check/runs", new { });

        Assert.Equal(("retention-check", Today), (run.GetProperty("job").GetString(), DateOnly.Parse(run.GetProperty("businessDate").GetString()!)));
        Assert.Matches("^Marked [0-9]+ jobs? as awaiting the adviser's retention confirmation and stopped the work of [0-9]+ candidates? Courses reported as withdrawn or erased\\.$",
            run.GetProperty("outcome").GetString());
        Assert.Equal([due], await AwaitingAsync(adviser));
        var log = await admin.GetFromJsonAsync<JsonElement>($"{Route}/audit?userId={operatorId}&pageSize=100");
        var runJob = Assert.Single(log.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "RunJob");
        Assert.Equal(JsonValueKind.Null, runJob.GetProperty("participantId").ValueKind);
        Assert.Equal("POST /api/placement/jobs/retention-check/runs", runJob.GetProperty("endpoint").GetString());
        var jobs = await admin.GetFromJsonAsync<JsonElement>($"{Route}/jobs");
        Assert.Contains("retention-check", jobs.EnumerateArray().Select(j => j.GetProperty("name").GetString()));
    }

    private async Task<Guid> JobAsync(PartnerBus partner, string adviser, Guid vacancyId, DateOnly startedOn, string? facilityId = null)
    {
        var (_, candidateId) = await service.CandidateAfterCaoAsync(partner, facilityId ?? NewFacilityId(), startedOn.AddMonths(-2));
        await service.Client.PutCandidateAsync(candidateId, "adviser", new { adviserId = adviser });
        var placementId = await service.Client.MatchAsync(candidateId, vacancyId, on: startedOn.AddDays(-20));
        await service.Client.StepAsync(placementId, new { stage = "Interview", on = startedOn.AddDays(-15) });
        await service.Client.StepAsync(placementId, new { stage = "Offer", on = startedOn.AddDays(-10) });
        await service.Client.StepAsync(placementId, new { stage = "JobStarted", on = startedOn });
        await service.Client.StepAsync(placementId, new { stage = "Coaching", on = startedOn });
        return placementId;
    }

    /// <summary>The retention check on a business date of the test's choosing.</summary>
    private RetentionCheckJob RetentionCheck(DateTimeOffset now) =>
        new(service.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new RetentionPolicy()), new BusinessClock(new FakeTimeProvider(now)),
            TimeProvider.System, NullLogger<RetentionCheckJob>.Instance);

    private async Task<List<Guid>> AwaitingAsync(string adviserId) =>
        [.. (await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/retention-checks?adviserId={adviserId}")).GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("placementId").GetGuid())];

    private async Task SetProfileAsync(Guid candidateId, string adviserId)
    {
        await service.Client.PutCandidateAsync(candidateId, "profile", new
        {
            talents = new[] { "nauwkeurig", "handig met machines" }, preferredSectors = new[] { "logistiek" }, whatMatters = "vaste tijden",
            regionAfterRelease = "Noord-Brabant", certificates = new[] { "VCA" },
        });
        await service.Client.PutCandidateAsync(candidateId, "adviser", new { adviserId });
    }

    private static JsonElement Figure(JsonElement progress, string name) =>
        progress.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == name);
}
