using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Facilities as reference data, and participant records that change without lost updates.</summary>
public sealed class FacilitiesAndRecordsTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Fact]
    public async Task The_seed_list_of_Dutch_facilities_is_there()
    {
        var page = await service.Client.GetFromJsonAsync<JsonElement>("/api/courses/facilities?pageSize=100");

        var names = page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("PI Vught", names);
        Assert.Contains("FPC Dr. S. van Mesdag", names);
        Assert.True(page.GetProperty("totalCount").GetInt32() >= 25);
    }

    [Fact]
    public async Task Admins_add_and_close_a_facility_and_stale_changes_are_refused()
    {
        using var admin = service.ClientAs(Roles.Admin);
        var id = $"pi-test-{Guid.NewGuid():N}"[..20];
        var created = await admin.PostAsJsonAsync("/api/courses/facilities", new { id, name = $"PI Test {id}", kind = "Penitentiary", city = "Utrecht" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var read = await admin.GetAsync($"/api/courses/facilities/{id}");
        var etag = read.Headers.ETag!;
        var closed = await Put(admin, $"/api/courses/facilities/{id}", new { name = $"PI Test {id}", kind = "Penitentiary", city = "Utrecht", isActive = false }, etag);
        var stale = await Put(admin, $"/api/courses/facilities/{id}", new { name = "Renamed", kind = "Penitentiary", city = "Utrecht" }, etag);
        var blind = await Put(admin, $"/api/courses/facilities/{id}", new { name = "Renamed", kind = "Penitentiary", city = "Utrecht" }, null);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, blind.StatusCode);
        var intake = await service.Client.PostAsJsonAsync(CoursesApi.Participants, CoursesApi.NewIntake(facilityId: id));
        Assert.Equal(HttpStatusCode.BadRequest, intake.StatusCode); // closed: no new participants
        Assert.Equal(HttpStatusCode.Conflict,
            (await admin.PostAsJsonAsync("/api/courses/facilities", new { id, name = "Another", kind = "Penitentiary", city = "Utrecht" })).StatusCode);
    }

    [Fact]
    public async Task A_participant_correction_needs_the_current_ETag()
    {
        var created = await service.Client.PostAsJsonAsync(CoursesApi.Participants, CoursesApi.NewIntake("Anna de Boer"));
        var location = created.Headers.Location!.ToString();
        var etag = created.Headers.ETag!;
        var correction = new { fullName = "Anna de Boer-Visser", dateOfBirth = "1991-05-13", contactLanguage = "en" };

        var first = await Put(service.Client, location, correction, etag);
        var second = await Put(service.Client, location, correction, etag);
        var missing = await Put(service.Client, location, correction, null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        var record = await service.Client.GetFromJsonAsync<JsonElement>(location);
        Assert.Equal("Anna de Boer-Visser", record.GetProperty("fullName").GetString());
        Assert.Equal("en", record.GetProperty("contactLanguage").GetString());
        Assert.Null(record.GetProperty("prisonNumber").GetString());
    }

    [Fact]
    public async Task Concurrent_corrections_with_the_same_ETag_lose_nothing_silently()
    {
        var created = await service.Client.PostAsJsonAsync(CoursesApi.Participants, CoursesApi.NewIntake());
        var location = created.Headers.Location!.ToString();
        var etag = created.Headers.ETag!;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Put(service.Client, location, new { fullName = $"Writer {i}", dateOfBirth = "1990-04-12", contactLanguage = "nl" }, etag)));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict }));
    }

    [Fact]
    public async Task Participants_are_found_by_facility_name_or_prison_number()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var atVught = await service.RegisterAsync($"Vught {marker}");
        var created = await service.Client.PostAsJsonAsync(CoursesApi.Participants, CoursesApi.NewIntake($"Zwolle {marker}", facilityId: "pi-zwolle"));
        var atZwolle = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var byName = await Ids($"search={marker}");
        var byFacility = await Ids($"search={marker}&facilityId=pi-zwolle");

        Assert.Equal(new[] { atVught, atZwolle }.Order(), byName.Order());
        Assert.Equal([atZwolle], byFacility);
        Assert.Contains(atZwolle, await Ids("search=A-123456&pageSize=100"));
        Assert.Equal(HttpStatusCode.BadRequest, (await service.Client.GetAsync($"{CoursesApi.Participants}?search=x")).StatusCode);
    }

    [Fact]
    public async Task The_list_is_ordered_before_it_is_paged()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var zeta = await Register($"zeta {marker}", "2027-01-15");
        var alpha = await Register($"Alpha {marker}", "2028-06-01");
        var beta = await Register($"beta {marker}", "2026-12-20");

        var byName = (await Ids($"search={marker}&sort=Name&pageSize=2")).Concat(await Ids($"search={marker}&sort=Name&pageSize=2&page=2"));
        var byRelease = await Ids($"search={marker}&sort=ExpectedRelease");
        var byIntake = await Ids($"search={marker}");

        Assert.Equal([alpha, beta, zeta], byName);
        Assert.Equal([beta, zeta, alpha], byRelease);
        Assert.Equal([beta, alpha, zeta], byIntake);
        var unknown = await service.Client.GetAsync($"{CoursesApi.Participants}?sort=Shoesize");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("sort", await unknown.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        async Task<Guid> Register(string fullName, string expectedReleaseDate)
        {
            var response = await service.Client.PostAsJsonAsync(CoursesApi.Participants, new
            {
                fullName, dateOfBirth = "1990-04-12", contactLanguage = "nl", group = "Prisoner", facilityId = "pi-alphen", expectedReleaseDate,
            });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
    }

    private async Task<List<Guid>> Ids(string query)
    {
        var page = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}?{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string uri, object body, EntityTagHeaderValue? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }

        return client.SendAsync(request);
    }
}
