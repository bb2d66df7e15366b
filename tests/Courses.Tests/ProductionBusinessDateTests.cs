using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Outside Development the business date is the system's: the setting is ignored and the endpoints do not exist.</summary>
public sealed class ProductionBusinessDateTests(ProductionAheadCoursesFixture service) : IClassFixture<ProductionAheadCoursesFixture>
{
    [Fact]
    public async Task Production_ignores_the_offset_and_has_no_endpoint_to_move_the_date()
    {
        using var admin = service.ClientAs(Roles.Admin);
        var clock = service.Services.GetRequiredService<BusinessClock>();

        var get = await admin.GetAsync("/api/courses/development/business-date");
        var put = await admin.PutAsJsonAsync("/api/courses/development/business-date", new { today = "2030-01-01" });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), clock.Today);
        Assert.False(clock.IsMovable);
        Assert.Throws<InvalidOperationException>(() => clock.MoveTo(new DateOnly(2030, 1, 1)));
    }
}
