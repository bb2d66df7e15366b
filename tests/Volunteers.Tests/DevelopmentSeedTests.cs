using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>The development volunteers: loaded once with one call, in Development only.</summary>
public sealed class DevelopmentSeedTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task About_600_volunteers_load_once_and_tell_Courses_who_may_train()
    {
        using var admin = service.ClientAs("admin");

        var first = await admin.PostAsync($"{Route}/development/seed", null);
        var second = await admin.PostAsync($"{Route}/development/seed", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(600, await service.QueryScalarAsync<long>("SELECT count(*) FROM volunteers"));
        var active = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}?status=Active&pageSize=1");
        Assert.InRange(active.GetProperty("totalCount").GetInt32(), 350, 500);
        // VOGs are renewed as the charity does: some lapse, most are current.
        var overdue = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}?status=Active&vog=Overdue&pageSize=1");
        Assert.InRange(overdue.GetProperty("totalCount").GetInt32(), 1, active.GetProperty("totalCount").GetInt32() / 5);
        Assert.True(await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%VolunteerActivatedV1%'") >= 350);
        foreach (var role in VolunteerRoles.All)
        {
            var trained = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}?role={role}&pageSize=1");
            Assert.True(trained.GetProperty("totalCount").GetInt32() > 0, $"someone is trained as {role}");
        }
    }
}
