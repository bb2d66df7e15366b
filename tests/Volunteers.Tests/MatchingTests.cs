using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using HerstelWerk.Volunteers.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Suggestions and assignments for participants who came in through Courses' events.</summary>
public sealed class MatchingTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_participant_from_Courses_gets_a_ranked_suggestion_and_an_assignment_that_is_published()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<VolunteerAssignedV1>());
        var participant = await service.ParticipantFromCoursesAsync(partner, "pi-vught");
        var marker = $"Match{Guid.NewGuid():N}"[..12];
        var admitted = await service.ActiveVolunteerAsync(Today.AddDays(-20), fullName: $"{marker} Admitted");
        var elsewhere = await service.ActiveVolunteerAsync(Today.AddDays(-20), fullName: $"{marker} Elsewhere", facilityId: "pi-grave");

        var suggestions = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/suggestions?participantId={participant}&role=visitor&region=Noord-Brabant&pageSize=100");
        var ours = suggestions.GetProperty("items").EnumerateArray().Where(s => s.GetProperty("fullName").GetString()!.StartsWith(marker)).ToList();
        Assert.Equal([admitted, elsewhere], ours.Select(s => s.GetProperty("volunteerId").GetGuid()));
        Assert.Contains("has an access pass for pi-vught", ours[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        var assigned = await service.Client.PostAsJsonAsync($"{Route}/{admitted}/assignments", new { participantId = participant, role = "visitor" });

        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var published = await partner.ReceivedOf<VolunteerAssignedV1>().WaitForAsync(e => e.ParticipantId == participant, "VolunteerAssignedV1");
        Assert.Equal((admitted, "visitor"), (published.Message.VolunteerId, published.Message.Role));
        var withoutPass = await service.Client.PostAsJsonAsync($"{Route}/{elsewhere}/assignments", new { participantId = participant, role = "visitor" });
        Assert.Equal(HttpStatusCode.Conflict, withoutPass.StatusCode);
        Assert.Contains("no valid access pass for pi-vught", await withoutPass.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_overdue_VOG_blocks_new_assignments_until_a_new_one_is_issued_and_is_reminded_once()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<VogRecheckDueV1>());
        var participant = await service.ParticipantFromCoursesAsync(partner);
        var volunteer = await service.ActiveVolunteerAsync(Today.AddMonths(-36).AddDays(-3), fullName: "Gerrit Overdue");

        var refused = await service.Client.PostAsJsonAsync($"{Route}/{volunteer}/assignments", new { participantId = participant, role = "visitor" });
        var overdueList = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}?vog=Overdue&search=Gerrit%20Overdue");
        var suggested = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/suggestions?participantId={participant}&role=visitor&pageSize=100");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("VOG re-check was due", await refused.Content.ReadAsStringAsync());
        Assert.Contains(overdueList.GetProperty("items").EnumerateArray(), v => v.GetProperty("id").GetGuid() == volunteer);
        Assert.DoesNotContain(suggested.GetProperty("items").EnumerateArray(), s => s.GetProperty("volunteerId").GetGuid() == volunteer);

        // One reminder for this due date, however often the job runs.
        var job = service.Services.GetRequiredService<VogRecheckJob>();
        await job.RunNowAsync(CancellationToken.None);
        await job.RunNowAsync(CancellationToken.None);
        var reminder = await partner.ReceivedOf<VogRecheckDueV1>().WaitForAsync(e => e.VolunteerId == volunteer, "VogRecheckDueV1");
        Assert.Equal(Today.AddMonths(-36).AddDays(-3).AddMonths(36), reminder.Message.DueOn);
        Assert.Equal(1, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%VogRecheckDueV1%' AND payload->>'volunteerId' = $1", volunteer.ToString()));

        var renewal = await service.Client.PostOkAsync($"{Route}/{volunteer}/vog-requests", new { });
        var requestId = renewal.GetProperty("vogRequests").EnumerateArray().Single(r => r.GetProperty("outcome").GetString() == "Requested").GetProperty("id").GetGuid();
        await service.Client.PostOkAsync($"{Route}/{volunteer}/vog-requests/{requestId}/outcome", new { outcome = "Issued", decidedOn = Today });
        var accepted = await service.Client.PostAsJsonAsync($"{Route}/{volunteer}/assignments", new { participantId = participant, role = "visitor" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task Two_coordinators_taking_the_last_place_at_once_do_not_both_succeed()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var volunteer = await service.ActiveVolunteerAsync(Today.AddDays(-20), fullName: "Last Place", capacity: 2);
        var first = await service.ParticipantFromCoursesAsync(partner);
        (await service.Client.PostAsJsonAsync($"{Route}/{volunteer}/assignments", new { participantId = first, role = "visitor" })).EnsureSuccessStatusCode();
        var rivals = await Task.WhenAll(service.ParticipantFromCoursesAsync(partner), service.ParticipantFromCoursesAsync(partner));

        for (var round = 0; round < 5; round++)
        {
            using var barrier = new Barrier(2);
            var responses = await Task.WhenAll(rivals.Select(participant => Task.Run(async () =>
            {
                using var client = service.ClientAs("coordinator", subject: $"coordinator-{participant:N}");
                barrier.SignalAndWait();
                return await client.PostAsJsonAsync($"{Route}/{volunteer}/assignments", new { participantId = participant, role = "visitor" });
            })));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            Assert.Contains("full: 2 of 2", await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync());
            Assert.Equal(2, await service.QueryScalarAsync<long>("SELECT count(*) FROM assignments WHERE volunteer_id = $1 AND ended_on IS NULL", volunteer));

            // Free the place again for the next round.
            var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).Content.ReadFromJsonAsync<JsonElement>();
            (await service.Client.PostAsJsonAsync($"{Route}/{volunteer}/assignments/{winner.GetProperty("id").GetGuid()}/end", new { })).EnsureSuccessStatusCode();
        }
    }
}
