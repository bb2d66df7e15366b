using System.Net.Http.Json;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>What operators see (logs, traces) carries ids, never a participant's name.</summary>
public sealed class LogPrivacyTests(CapturingCoursesFixture service) : IClassFixture<CapturingCoursesFixture>
{
    [Fact]
    public async Task A_participants_name_never_reaches_logs_or_traces()
    {
        var name = $"Privacyproef {Guid.NewGuid():N}";

        var id = await service.RegisterAsync(name);
        (await service.Client.GetAsync($"{CoursesApi.Participants}/{id}")).EnsureSuccessStatusCode();
        (await service.Client.GetAsync($"{CoursesApi.Participants}?pageSize=5")).EnsureSuccessStatusCode();
        // Rejected input is logged too: it must not echo the name either.
        await service.Client.PostAsJsonAsync(CoursesApi.Participants, new { fullName = name, group = "Nobody" });
        using var admin = service.ClientAs(Roles.Admin);
        (await admin.PostAsync($"{CoursesApi.Participants}/{id}/erasure", null)).EnsureSuccessStatusCode();

        Assert.True(service.Telemetry.Contains(id.ToString()), "the flow should have logged the participant's id");
        Assert.False(service.Telemetry.Contains(name), "a log line or span contains the participant's name");
    }
}
