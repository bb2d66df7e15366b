using System.Net;
using Aspire.Hosting.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>
/// Intake through the gateway reaches every service's projection;  Runs the real AppHost, PostgreSQL and RabbitMQ.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class VerticalSliceTests(SystemFixture system)
{
    private static readonly string[] Followers = ["placement", "aftercare", "volunteers"];

    [Fact]
    public async Task Participant_registered_through_the_gateway_appears_in_every_projection()
    {
        var participantId = await RegisterAsync("Sanne Bakker");

        foreach (var service in Followers)
        {
            var projection = await SystemFixture.EventuallyAsync(async () =>
            {
                var response = await system.Gateway.GetAsync($"/api/{service}/participants/{participantId}");
                return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
            }, $"participant in {service}");
            Assert.Contains("PI Nieuwegein", projection);
            Assert.DoesNotContain("Bakker", projection);
        }
    }

    [Fact]
    public async Task A_release_recorded_in_Courses_opens_aftercare_for_six_months()
    {
        var participantId = await RegisterAsync("Ruben Vos");
        // Released the day of intake: a release cannot be dated before the stay it ends began.
        var releasedOn = DateOnly.FromDateTime(DateTime.UtcNow);
        // Aftercare starts only for a participant who consented.
        var consented = await system.Gateway.PostAsJsonAsync($"/api/courses/participants/{participantId}/consents",
            new { purpose = "Participation", givenOn = releasedOn });
        Assert.Equal(HttpStatusCode.OK, consented.StatusCode);

        var released = await system.Gateway.PostAsJsonAsync($"/api/courses/participants/{participantId}/release", new { releasedOn });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);

        // The release names the facility and the consent, so it need not wait for the registration.
        var trajectories = await SystemFixture.EventuallyAsync(async () =>
        {
            var page = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/aftercare/trajectories?participantId={participantId}");
            return page.GetProperty("totalCount").GetInt32() == 1 ? page.GetRawText() : null;
        }, "a trajectory in Aftercare");
        var trajectory = JsonDocument.Parse(trajectories).RootElement.GetProperty("items")[0];
        Assert.Equal(releasedOn.AddMonths(6).ToString("yyyy-MM-dd"), trajectory.GetProperty("plannedEndOn").GetString());
        Assert.Equal("pi-nieuwegein", trajectory.GetProperty("facilityId").GetString());
    }

    [Fact]
    public async Task Erasure_through_the_gateway_reaches_every_projection()
    {
        var participantId = await RegisterAsync("Erik Smit");
        using var admin = await system.ClientAsAsync("admin");

        (await admin.PostAsync($"/api/courses/participants/{participantId}/erasure", null)).EnsureSuccessStatusCode();

        foreach (var service in Followers)
        {
            var projection = await SystemFixture.EventuallyAsync(async () =>
            {
                var response = await system.Gateway.GetAsync($"/api/{service}/participants/{participantId}");
                var body = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
                return body is not null && JsonDocument.Parse(body).RootElement.GetProperty("erased").GetBoolean() ? body : null;
            }, $"the erasure in {service}");
            Assert.DoesNotContain("PI Nieuwegein", projection);
        }
    }

    [Fact]
    public async Task Without_a_token_the_gateway_answers_401_and_partners_get_403()
    {
        using var anonymous = system.App.CreateHttpClient("gateway");
        using var partner = await system.ClientAsAsync("partner");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/placement/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/placement/participants")).StatusCode);
    }

    [Fact]
    public async Task Gateway_publishes_each_services_OpenAPI_document()
    {
        foreach (var service in new[] { "courses", "placement", "aftercare", "volunteers" })
        {
            var document = JsonDocument.Parse(await system.Gateway.GetStringAsync($"/openapi/{service}.json")).RootElement;
            Assert.Contains(service, document.GetProperty("info").GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Unknown_route_is_a_plain_404_problem()
    {
        var response = await system.Gateway.GetAsync("/api/unknown/thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<Guid> RegisterAsync(string fullName) => system.Gateway.RegisterAsync(fullName);
}
