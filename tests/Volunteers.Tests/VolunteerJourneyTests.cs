using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>A volunteer's life on real PostgreSQL and RabbitMQ, with the events Courses and partners receive.</summary>
public sealed class VolunteerJourneyTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task From_application_to_active_with_VOG_training_and_pass_publishes_what_Courses_needs()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus
            .Observe<VolunteerActivatedV1>().Observe<VolunteerQualifiedV1>().Observe<VolunteerAdmittedToFacilityV1>().Observe<VolunteerVogIssuedV1>());

        var id = await service.ActiveVolunteerAsync(Today.AddDays(-10), fullName: "Joris Bakker", role: "sos-trainer");

        var activated = await partner.ReceivedOf<VolunteerActivatedV1>().WaitForAsync(e => e.VolunteerId == id, "VolunteerActivatedV1");
        var qualified = await partner.ReceivedOf<VolunteerQualifiedV1>().WaitForAsync(e => e.VolunteerId == id, "VolunteerQualifiedV1");
        var admitted = await partner.ReceivedOf<VolunteerAdmittedToFacilityV1>().WaitForAsync(e => e.VolunteerId == id, "VolunteerAdmittedToFacilityV1");
        var vog = await partner.ReceivedOf<VolunteerVogIssuedV1>().WaitForAsync(e => e.VolunteerId == id, "VolunteerVogIssuedV1");
        Assert.Equal(Today.AddDays(-10).AddMonths(36), vog.Message.RecheckDueOn);
        Assert.Equal("sos-trainer", qualified.Message.Role);
        Assert.Equal("pi-vught", admitted.Message.FacilityId);
        Assert.True(activated.Message.Revision > admitted.Message.Revision, "revisions follow the order of the changes");
        Assert.DoesNotContain("Joris", activated.RawBody + qualified.RawBody + admitted.RawBody);

        var volunteer = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{id}");
        Assert.Equal("Active", volunteer.GetProperty("status").GetString());
        Assert.Equal(["Applied", "Interview", "Vog", "Training", "Active"],
            volunteer.GetProperty("statusHistory").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Equal("Valid", volunteer.GetProperty("vogStanding").GetString());
        Assert.Equal(["Inactive", "Left"], volunteer.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task An_application_sent_twice_with_one_key_records_one_volunteer()
    {
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> ApplyAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = JsonContent.Create(Profile("Twee Keer")) };
            request.Headers.Add("Idempotency-Key", key);
            return await service.Client.SendAsync(request);
        }

        var first = await ApplyAsync();
        var retry = await ApplyAsync();

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await service.QueryScalarAsync<long>("SELECT count(*) FROM volunteers WHERE full_name = 'Twee Keer'"));
    }

    [Fact]
    public async Task A_step_the_lifecycle_does_not_allow_is_a_409_that_says_why()
    {
        var id = (await service.Client.PostOkAsync(Route, Profile("Ilse Smit"))).GetProperty("id").GetGuid();

        var response = await service.Client.PostAsJsonAsync($"{Route}/{id}/status", new { status = "Active" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("can move to Interview or Left, not to Active", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_unknown_ids_are_404()
    {
        var bad = await service.Client.PostAsJsonAsync(Route, new { fullName = "X Y", email = "not-an-email", region = "Utrecht", languages = new[] { "nl" }, capacity = 0 });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var badLanguage = await service.Client.PostAsJsonAsync(Route, Profile(languages: ["dutch"]));
        var unknown = await service.Client.GetAsync($"{Route}/{Guid.NewGuid()}");
        var badRole = await service.Client.PostAsJsonAsync($"{Route}/{Guid.NewGuid()}/trainings", new { training = "x", qualifiesFor = "pilot", completedOn = "2026-01-01" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["capacity", "email"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
        Assert.Contains("'dutch' is not a language code", await badLanguage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Contains("qualifiesFor", await badRole.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_profile_change_needs_the_current_ETag()
    {
        var created = await service.Client.PostAsJsonAsync(Route, Profile("Sanne Bos"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.Tag;

        using var first = new HttpRequestMessage(HttpMethod.Put, $"{Route}/{id}") { Content = JsonContent.Create(Profile("Sanne Bos", capacity: 3)) };
        first.Headers.IfMatch.ParseAdd(etag);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"{Route}/{id}") { Content = JsonContent.Create(Profile("Sanne Bos", capacity: 4)) };
        stale.Headers.IfMatch.ParseAdd(etag);

        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await service.Client.SendAsync(stale)).StatusCode);
        Assert.Equal(3, (await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{id}")).GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task The_list_is_paged_and_filters_by_status_region_role_and_facility()
    {
        var marker = $"Filter{Guid.NewGuid():N}"[..14];
        var trainer = await service.ActiveVolunteerAsync(Today.AddDays(-10), fullName: $"{marker} Trainer", role: "cao-trainer", facilityId: "pi-grave", region: "Gelderland");
        await service.ActiveVolunteerAsync(Today.AddDays(-10), fullName: $"{marker} Visitor", role: "visitor", facilityId: "pi-vught");
        await service.Client.PostOkAsync(Route, Profile($"{marker} Applicant"));

        async Task<List<string>> NamesAsync(string query) =>
            [.. (await service.Client.GetFromJsonAsync<JsonElement>($"{Route}?search={marker}&{query}")).GetProperty("items").EnumerateArray()
                .Select(v => v.GetProperty("fullName").GetString()!)];

        Assert.Equal([$"{marker} Applicant", $"{marker} Trainer", $"{marker} Visitor"], await NamesAsync("pageSize=10"));
        Assert.Equal([$"{marker} Applicant"], await NamesAsync("status=Applied"));
        Assert.Equal([$"{marker} Trainer"], await NamesAsync("role=cao-trainer"));
        Assert.Equal([$"{marker} Trainer"], await NamesAsync("region=Gelderland"));
        Assert.Equal([$"{marker} Visitor"], await NamesAsync("facilityId=pi-vught"));
        var page = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}?search={marker}&pageSize=2&page=2");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.NotEqual(Guid.Empty, trainer);
    }
}
