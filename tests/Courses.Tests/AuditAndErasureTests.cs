using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>The audit log and the right to erasure in Courses, which owns participants' personal data.</summary>
public sealed class AuditAndErasureTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task Intake_and_reads_are_audited_with_who_what_when_and_where()
    {
        var user = $"coordinator-{Guid.NewGuid():N}";
        using var coordinator = service.ClientAs(Roles.Coordinator, user);
        var created = await coordinator.PostAsJsonAsync(CoursesApi.Participants, CoursesApi.NewIntake());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await coordinator.GetAsync($"{CoursesApi.Participants}/{id}")).EnsureSuccessStatusCode();

        var entries = await AuditAsync($"participantId={id}", expected: 2);

        Assert.Equal(["Read", "Create"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(user, e.GetProperty("userId").GetString()));
        Assert.Equal($"GET {CoursesApi.Participants}/{{participantId:guid}}", entries[0].GetProperty("endpoint").GetString());
        Assert.Equal($"POST {CoursesApi.Participants}/", entries[1].GetProperty("endpoint").GetString());
        Assert.All(entries, e => Assert.True(DateTimeOffset.UtcNow - e.GetProperty("occurredAt").GetDateTimeOffset() < TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task A_list_records_every_participant_it_shows_and_admins_can_query_by_user()
    {
        var user = $"lister-{Guid.NewGuid():N}";
        await service.RegisterAsync();
        await service.RegisterAsync();
        using var coordinator = service.ClientAs(Roles.Coordinator, user);

        var page = await coordinator.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}?pageSize=2");

        var shown = page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToHashSet();
        var entries = await AuditAsync($"userId={user}", expected: 2);
        Assert.Equal(2, shown.Count);
        Assert.Equal(shown, entries.Select(e => e.GetProperty("participantId").GetGuid()).ToHashSet());
        Assert.All(entries, e => Assert.Equal("Read", e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task The_audit_log_is_paged()
    {
        var user = $"pager-{Guid.NewGuid():N}";
        using var coordinator = service.ClientAs(Roles.Coordinator, user);
        var id = await service.RegisterAsync();
        for (var i = 0; i < 3; i++)
        {
            (await coordinator.GetAsync($"{CoursesApi.Participants}/{id}")).EnsureSuccessStatusCode();
        }

        await AuditAsync($"userId={user}", expected: 3);
        using var admin = service.ClientAs(Roles.Admin);
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/courses/audit?userId={user}&pageSize=2&page=2");

        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Erasure_removes_personal_data_keeps_the_id_and_tells_the_other_services()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantErasedV1>());
        var id = await service.RegisterAsync("Ingrid Visser");
        using var admin = service.ClientAs(Roles.Admin);

        var response = await admin.PostAsync($"{CoursesApi.Participants}/{id}/erasure", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}");
        Assert.Equal(id, record.GetProperty("id").GetGuid());
        Assert.True(record.GetProperty("erased").GetBoolean());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("fullName").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("facilityId").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("dateOfBirth").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("prisonNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("expectedReleaseDate").ValueKind);
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM participants WHERE full_name LIKE '%Visser%'"));
        // Where someone was held is detention data too: the stays go with the name.
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM participant_locations WHERE participant_id::text = $1", id.ToString()));

        var erased = await partner.ReceivedOf<ParticipantErasedV1>().WaitForAsync(e => e.ParticipantId == id, "ParticipantErasedV1");
        Assert.Equal(2, erased.Message.Revision);
        var audit = await AuditAsync($"participantId={id}", expected: 2);
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "Erase");
    }

    [Fact]
    public async Task Erasing_twice_changes_nothing_the_second_time()
    {
        var id = await service.RegisterAsync();
        using var admin = service.ClientAs(Roles.Admin);

        (await admin.PostAsync($"{CoursesApi.Participants}/{id}/erasure", null)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"{CoursesApi.Participants}/{id}/erasure", null)).EnsureSuccessStatusCode();

        Assert.Equal(1, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%ParticipantErasedV1' AND payload->>'participantId' = $1", id.ToString()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"{CoursesApi.Participants}/{Guid.NewGuid()}/erasure", null)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_counts_for_the_targets_stay_correct_after_erasure()
    {
        var year = DateTimeOffset.UtcNow.Year;
        var before = await CountsAsync(year);
        var ids = new[] { await service.RegisterAsync(), await service.RegisterAsync() };
        var afterIntake = await CountsAsync(year);
        using var admin = service.ClientAs(Roles.Admin);

        (await admin.PostAsync($"{CoursesApi.Participants}/{ids[0]}/erasure", null)).EnsureSuccessStatusCode();

        var afterErasure = await CountsAsync(year);
        Assert.Equal(before.Prisoners + 2, afterIntake.Prisoners);
        Assert.Equal(afterIntake, afterErasure);
    }

    private async Task<(int Total, int Prisoners)> CountsAsync(int year)
    {
        var counts = await service.Client.GetFromJsonAsync<JsonElement>($"/api/courses/reports/intake?year={year}");
        return (counts.GetProperty("total").GetInt32(), counts.GetProperty("byGroup").GetProperty("Prisoner").GetInt32());
    }

    /// <summary>The audit entries matching <paramref name="filter"/>, once there are <paramref name="expected"/>: reads are written moments after the answer.</summary>
    private async Task<List<JsonElement>> AuditAsync(string filter, int expected)
    {
        using var admin = service.ClientAs(Roles.Admin);
        return await Eventually.ReturnsAsync(async () =>
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/courses/audit?{filter}&pageSize=100");
            List<JsonElement> items = [.. page.GetProperty("items").EnumerateArray()];
            return items.Count >= expected ? items : null;
        }, $"{expected} audit entries for {filter}");
    }
}
