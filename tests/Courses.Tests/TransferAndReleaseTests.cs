using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Transfers and release during detention: the histories they leave and the events they raise.</summary>
public sealed class TransferAndReleaseTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_transfer_moves_the_participant_keeps_the_history_and_tells_the_others()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantTransferredV1>());
        var id = await service.RegisterAsync();

        var response = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/transfers", new { facilityId = "pi-zwolle", transferredOn = Today });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pi-zwolle", record.GetProperty("facilityId").GetString());
        var history = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}/history");
        var stays = history.GetProperty("locations").EnumerateArray().ToList();
        Assert.Equal(["pi-alphen", "pi-zwolle"], stays.Select(s => s.GetProperty("facilityId").GetString()));
        Assert.Equal(Today, stays[0].GetProperty("until").GetString());
        Assert.Equal(JsonValueKind.Null, stays[1].GetProperty("until").ValueKind);

        var transferred = await partner.ReceivedOf<ParticipantTransferredV1>().WaitForAsync(e => e.ParticipantId == id, "ParticipantTransferredV1");
        Assert.Equal(("pi-alphen", "pi-zwolle", "PI Zwolle", 2),
            (transferred.Message.FromFacilityId, transferred.Message.ToFacilityId, transferred.Message.ToFacility, transferred.Message.Revision));
    }

    [Fact]
    public async Task A_release_ends_the_stay_sets_the_status_and_tells_the_others_where_from_and_whether_consent_held()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ParticipantReleasedV1>());
        var id = await service.RegisterAsync();
        var withoutConsent = await service.RegisterAsync(facilityId: "pi-zwolle");
        var consented = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents", new { purpose = "Participation", givenOn = Today });
        Assert.Equal(HttpStatusCode.OK, consented.StatusCode);

        var response = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/release", new { releasedOn = Today });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Released", record.GetProperty("status").GetString());
        Assert.Equal(Today, record.GetProperty("releasedOn").GetString());
        var released = await partner.ReceivedOf<ParticipantReleasedV1>().WaitForAsync(e => e.ParticipantId == id, "ParticipantReleasedV1");
        Assert.Equal(DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture), released.Message.ReleasedOn);
        Assert.Equal(("pi-alphen", true), (released.Message.FacilityId, released.Message.HasParticipationConsent));

        // Aftercare starts only with consent, so the release says when it is missing.
        await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{withoutConsent}/release", new { releasedOn = Today });
        var unconsented = await partner.ReceivedOf<ParticipantReleasedV1>().WaitForAsync(e => e.ParticipantId == withoutConsent, "ParticipantReleasedV1");
        Assert.Equal(("pi-zwolle", false), (unconsented.Message.FacilityId, unconsented.Message.HasParticipationConsent));

        var status = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}/status?on={Today}");
        Assert.Equal("Released", status.GetProperty("status").GetString());
        var before = await service.Client.GetAsync($"{CoursesApi.Participants}/{id}/status?on=2000-01-01");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        var released2 = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}?status=Released&pageSize=100");
        Assert.Contains(released2.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
    }

    [Theory]
    [InlineData("transfers", """{"facilityId":"pi-alphen","transferredOn":"TODAY"}""", HttpStatusCode.Conflict)]    // already there
    [InlineData("transfers", """{"facilityId":"pi-zwolle","transferredOn":"2000-01-01"}""", HttpStatusCode.Conflict)] // before the stay
    [InlineData("transfers", """{"facilityId":"pi-zwolle","transferredOn":"2999-01-01"}""", HttpStatusCode.Conflict)] // in the future
    [InlineData("transfers", """{"facilityId":"pi-nowhere","transferredOn":"TODAY"}""", HttpStatusCode.BadRequest)]
    [InlineData("transfers", """{"transferredOn":"TODAY"}""", HttpStatusCode.BadRequest)]
    [InlineData("release", """{"releasedOn":"2999-01-01"}""", HttpStatusCode.Conflict)]
    [InlineData("release", """{}""", HttpStatusCode.BadRequest)]
    public async Task Impossible_moves_are_refused_with_the_reason(string action, string body, HttpStatusCode expected)
    {
        var id = await service.RegisterAsync();

        var response = await service.Client.PostAsync($"{CoursesApi.Participants}/{id}/{action}",
            new StringContent(body.Replace("TODAY", Today, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_released_participant_is_not_transferred_or_released_again()
    {
        var id = await service.RegisterAsync();
        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/release", new { releasedOn = Today })).EnsureSuccessStatusCode();

        var transfer = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/transfers", new { facilityId = "pi-zwolle", transferredOn = Today });
        var again = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/release", new { releasedOn = Today });

        Assert.Equal(HttpStatusCode.Conflict, transfer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{Guid.NewGuid()}/release", new { releasedOn = Today })).StatusCode);
    }
}
