using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>The VOG reminder run by an admin after the business date moved, as in a demo that walks through the year.</summary>
public sealed class VogRecheckJobTests(MovableBusinessDateFixture service) : IClassFixture<MovableBusinessDateFixture>
{
    [Fact]
    public async Task An_admin_runs_the_reminder_after_the_business_date_moved_and_it_is_raised_once_and_audited()
    {
        var today = DateOnly.FromDateTime(service.BusinessTime.GetUtcNow().UtcDateTime);
        // Re-check in about 80 days: not yet due soon (60 days) on the real date.
        var volunteer = await service.ActiveVolunteerAsync(today.AddMonths(-36).AddDays(80), fullName: "Vera Herinnering");
        using var admin = service.ClientAs("admin", subject: "admin-job-runner");

        var before = await RunAsync(admin);
        service.BusinessTime.Advance(TimeSpan.FromDays(30));
        var after = await RunAsync(admin);
        var again = await RunAsync(admin);

        Assert.Equal("Raised 0 VOG re-check reminders.", before.GetProperty("outcome").GetString());
        Assert.Equal("Raised 1 VOG re-check reminder.", after.GetProperty("outcome").GetString());
        Assert.Equal(today.AddDays(30), DateOnly.Parse(after.GetProperty("businessDate").GetString()!));
        Assert.Equal("Raised 0 VOG re-check reminders.", again.GetProperty("outcome").GetString());
        Assert.Equal(1, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%VogRecheckDueV1%' AND payload->>'volunteerId' = $1", volunteer.ToString()));
        var audit = await admin.GetFromJsonAsync<JsonElement>($"{Route}/audit?userId=admin-job-runner&pageSize=100");
        var runs = audit.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "RunJob").ToList();
        Assert.Equal(3, runs.Count);
        Assert.All(runs, e => Assert.Equal("POST /api/volunteers/jobs/vog-recheck/runs", e.GetProperty("endpoint").GetString()));
        var jobs = await admin.GetFromJsonAsync<JsonElement>($"{Route}/jobs");
        Assert.Contains(jobs.EnumerateArray(), j => j.GetProperty("name").GetString() == "vog-recheck");
    }

    private static async Task<JsonElement> RunAsync(HttpClient admin)
    {
        var response = await admin.PostAsync($"{Route}/jobs/vog-recheck/runs", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
