using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>In Development the business date can run ahead and an admin can move it, so a demo walks months in minutes.</summary>
public sealed class BusinessDateTests(AheadCoursesFixture service) : IClassFixture<AheadCoursesFixture>
{
    private const string Route = "/api/courses/development/business-date";

    [Fact]
    public async Task The_configured_offset_holds_an_admin_moves_the_date_and_the_rules_decide_with_it()
    {
        using var admin = service.ClientAs(Roles.Admin);
        var systemToday = DateOnly.FromDateTime(DateTime.UtcNow);

        var configured = await admin.GetFromJsonAsync<JsonElement>(Route);
        var moved = await admin.PutAsJsonAsync(Route, new { today = systemToday.AddDays(183).ToString("yyyy-MM-dd") });
        var registered = await service.Client.PostAsJsonAsync(CoursesApi.Participants, CoursesApi.NewIntake());
        (await admin.PutAsJsonAsync(Route, new { today = systemToday.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();

        Assert.Equal(AheadCoursesFixture.OffsetDays, configured.GetProperty("offsetDays").GetInt32());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(183, (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("offsetDays").GetInt32());
        var registeredAt = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registeredAt").GetDateTimeOffset();
        Assert.Equal(systemToday.AddDays(183), DateOnly.FromDateTime(registeredAt.UtcDateTime));
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Client.GetAsync(Route)).StatusCode);
    }
}
