using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Trainers suggested for runs Courses scheduled, on a database of their own so the lists are exact.</summary>
public sealed class TrainerSuggestionTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_run_gets_only_trainers_of_its_role_with_a_pass_for_its_facility_and_an_older_event_still_says_the_role()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var caoTrainer = await service.ActiveVolunteerAsync(Today.AddDays(-20), fullName: "Cao Zwolle", role: "cao-trainer", facilityId: "pi-zwolle");
        var sosTrainer = await service.ActiveVolunteerAsync(Today.AddDays(-20), fullName: "Sos Zwolle", role: "sos-trainer", facilityId: "pi-zwolle");
        await service.ActiveVolunteerAsync(Today.AddDays(-20), fullName: "Cao Grave", role: "cao-trainer", facilityId: "pi-grave");
        // From before Courses named the role: the course type says it.
        var olderCao = Scheduled("cao", trainerRole: null);
        var sos = Scheduled("sos-group", trainerRole: "sos-trainer");
        await partner.PublishAsync(olderCao, olderCao.EventId);
        await partner.PublishAsync(sos, sos.EventId);
        await Eventually.HoldsAsync(async () => await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM course_runs WHERE course_run_id = ANY($1)", new[] { olderCao.CourseRunId, sos.CourseRunId }) == 2, "both runs to be followed");

        var forCao = await SuggestionsAsync(olderCao.CourseRunId);
        var forSos = await SuggestionsAsync(sos.CourseRunId);

        Assert.Equal([caoTrainer], forCao.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("volunteerId").GetGuid()));
        Assert.Equal(1, forCao.GetProperty("totalCount").GetInt32());
        Assert.Equal(["can train until the last session", "trains no other run now", "2 of 2 places free", $"VOG re-check due on {Today.AddDays(-20).AddMonths(36):yyyy-MM-dd}"],
            forCao.GetProperty("items")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([sosTrainer], forSos.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("volunteerId").GetGuid()));
        Assert.Equal("sos-trainer", await service.QueryScalarAsync<string>("SELECT trainer_role FROM course_runs WHERE course_run_id = $1", sos.CourseRunId));

        // Once Courses reports the trainer, they train the run and are no longer suggested for it.
        var trainers = new CourseRunTrainersChangedV1
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, CourseRunId = olderCao.CourseRunId, TrainerVolunteerIds = [caoTrainer], Revision = 2,
        };
        await partner.PublishAsync(trainers, trainers.EventId);
        await Eventually.HoldsAsync(async () => (await SuggestionsAsync(olderCao.CourseRunId)).GetProperty("totalCount").GetInt32() == 0, "the trainer to be left out");
    }

    [Fact]
    public async Task An_unknown_run_is_a_404()
    {
        var response = await service.Client.GetAsync($"{Route}/runs/{Guid.NewGuid()}/trainer-suggestions");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static CourseRunScheduledV1 Scheduled(string courseTypeId, string? trainerRole) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, CourseRunId = Guid.NewGuid(), CourseTypeId = courseTypeId, FacilityId = "pi-zwolle",
        StartsOn = Today.AddDays(14), EndsOn = Today.AddDays(50), TrainerRole = trainerRole, SessionCount = 6, Capacity = 12,
    };

    private async Task<JsonElement> SuggestionsAsync(Guid runId) =>
        await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/runs/{runId}/trainer-suggestions?pageSize=100");
}
