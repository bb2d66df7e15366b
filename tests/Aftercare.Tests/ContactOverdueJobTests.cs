using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Aftercare;
using HerstelWerk.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static HerstelWerk.Aftercare.Tests.AftercareScenario;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>The overdue contact check as an admin runs it after moving the business date, instead of waiting for its timer.</summary>
public sealed class ContactOverdueJobTests(BusinessClockFixture service) : IClassFixture<BusinessClockFixture>
{
    private const string Runs = "/api/aftercare/jobs/contact-overdue/runs";

    private DateOnly Today => service.Services.GetRequiredService<BusinessClock>().Today;

    [Fact]
    public async Task An_admin_runs_the_check_after_the_date_moved_it_raises_the_overdue_event_once_and_the_run_is_audited()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<AftercareContactOverdueV1>());
        var (_, trajectoryId) = await service.ReleasedAsync(partner, Today);
        using var admin = service.ClientAs("admin", subject: "admin-overdue");
        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/aftercare/jobs");
        Assert.Contains(jobs.EnumerateArray(), job => job.GetProperty("name").GetString() == "contact-overdue");

        // The intensive months allow 14 days without a successful contact; on the 15th the contact is overdue.
        service.BusinessTime.Advance(TimeSpan.FromDays(15));
        var first = await admin.PostOkAsync(Runs, new { });
        var again = await admin.PostOkAsync(Runs, new { });

        Assert.Equal(Today, DateOnly.Parse(first.GetProperty("businessDate").GetString()!));
        Assert.StartsWith("Raised 1 overdue contact event;", first.GetProperty("outcome").GetString());
        Assert.StartsWith("Raised 0 overdue contact events;", again.GetProperty("outcome").GetString());
        await partner.ReceivedOf<AftercareContactOverdueV1>().WaitForAsync(e => e.TrajectoryId == trajectoryId, "AftercareContactOverdueV1");
        Assert.Equal(1, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%AftercareContactOverdueV1%' AND payload->>'trajectoryId' = $1", trajectoryId.ToString()));
        Assert.Equal(2, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE action = 'RunJob' AND user_id = 'admin-overdue' AND role = 'admin' AND endpoint = $1", $"POST {Runs}"));
    }

    [Fact]
    public async Task A_run_stops_a_trajectory_left_open_for_a_participant_who_withdrew_consent()
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (participant, trajectoryId) = await service.ReleasedAsync(partner, Today);
        // The race the safety net is for: the projection heard of the withdrawal, the trajectory did not.
        await service.QueryScalarAsync<long>("UPDATE participants SET consent_withdrawn_on = $1 WHERE participant_id = $2", Today, participant);
        using var admin = service.ClientAs("admin");

        var run = await admin.PostOkAsync(Runs, new { });

        Assert.Contains("stopped 1 trajectory of participants who withdrew consent", run.GetProperty("outcome").GetString());
        var trajectory = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{trajectoryId}");
        Assert.Equal("Declined", trajectory.GetProperty("closure").GetProperty("outcome").GetString());
    }
}
