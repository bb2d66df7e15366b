using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>The progress figures in the one shape of every service, on a database of their own so the counts are exact.</summary>
public sealed class VolunteerProgressTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Active_volunteers_count_per_month_and_facility_and_overdue_VOGs_only_for_the_current_year()
    {
        var lastYear = Today.Year - 1;
        await service.ActiveVolunteerAsync(new DateOnly(lastYear, 3, 10), fullName: "Maart Actief", facilityId: "pi-vught");
        await service.ActiveVolunteerAsync(new DateOnly(lastYear, 7, 5), fullName: "Juli Actief", facilityId: "pi-grave");
        // Active for three years, so all of last year, and overdue today.
        await service.ActiveVolunteerAsync(Today.AddMonths(-36).AddDays(-3), fullName: "Al Lang Actief", facilityId: "pi-zwolle");

        var past = await FiguresAsync(lastYear);
        var current = await FiguresAsync(Today.Year);

        var active = past["activeVolunteers"];
        Assert.Equal(600, active.GetProperty("target").GetDouble());
        Assert.Equal(3, active.GetProperty("value").GetDouble());
        Assert.Equal(new Dictionary<string, double> { ["pi-grave"] = 1, ["pi-vught"] = 1, ["pi-zwolle"] = 1 },
            active.GetProperty("byFacility").EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetDouble()));
        Assert.Equal([1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3], active.GetProperty("byMonth").EnumerateArray().Select(m => m.GetProperty("value").GetDouble()));
        var overdueLastYear = past["vogOverdue"];
        Assert.Equal(JsonValueKind.Null, overdueLastYear.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, overdueLastYear.GetProperty("target").ValueKind);
        Assert.Empty(overdueLastYear.GetProperty("byMonth").EnumerateArray());

        var overdue = current["vogOverdue"];
        Assert.Equal(1, overdue.GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, overdue.GetProperty("target").ValueKind);
        Assert.Equal(["pi-zwolle"], overdue.GetProperty("byFacility").EnumerateObject().Select(f => f.Name));
        Assert.Empty(overdue.GetProperty("byMonth").EnumerateArray());
        Assert.Equal(Today.Month, current["activeVolunteers"].GetProperty("byMonth").GetArrayLength());
    }

    private async Task<Dictionary<string, JsonElement>> FiguresAsync(int year) =>
        (await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/progress?year={year}")).GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!);
}
