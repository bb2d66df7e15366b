using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Consent: recorded with who and when; withdrawal stops processing everywhere but keeps the counts.</summary>
public sealed class ConsentTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_consent_records_what_when_and_who()
    {
        var id = await service.RegisterAsync();
        using var coordinator = service.ClientAs(Roles.Coordinator, subject: "coordinator-marieke");

        var response = await coordinator.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents", new { purpose = "Participation", givenOn = "2026-11-02" });
        await coordinator.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents", new { purpose = "Participation", givenOn = "2026-11-03" }); // no duplicate

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var consents = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}/consents");
        var consent = Assert.Single(consents.EnumerateArray());
        Assert.Equal("Participation", consent.GetProperty("purpose").GetString());
        Assert.Equal("2026-11-02", consent.GetProperty("givenOn").GetString());
        Assert.Equal("coordinator-marieke", consent.GetProperty("recordedBy").GetString());
    }

    /// <summary>
    /// The partner door lets a participant's events through only while they consent to partner sharing:
    /// it learns the state at every intake, when the consent is given later, and when consent is withdrawn.
    /// </summary>
    [Fact]
    public async Task Partner_sharing_is_told_at_intake_when_given_and_when_withdrawn()
    {
        await using var bus = await service.StartPartnerBusAsync(b => b.Observe<PartnerSharingChangedV1>());
        var sharing = bus.ReceivedOf<PartnerSharingChangedV1>();

        var withoutConsent = await service.RegisterAsync();
        var atIntake = await sharing.WaitForAsync(e => e.ParticipantId == withoutConsent, "PartnerSharingChangedV1 at the intake");
        Assert.False(atIntake.Message.Shared);
        Assert.Equal(1, atIntake.Message.Revision);

        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{withoutConsent}/consents", new { purpose = "PartnerSharing", givenOn = Today })).EnsureSuccessStatusCode();
        var given = await sharing.WaitForAsync(e => e.ParticipantId == withoutConsent && e.Shared, "PartnerSharingChangedV1 when the consent is given");
        Assert.Equal(2, given.Message.Revision);

        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{withoutConsent}/consents/withdrawal", new { withdrawnOn = Today })).EnsureSuccessStatusCode();
        var withdrawn = await sharing.WaitForAsync(e => e.ParticipantId == withoutConsent && !e.Shared && e.Revision > 2, "PartnerSharingChangedV1 on withdrawal");
        Assert.Equal(3, withdrawn.Message.Revision);

        // Consent given at the intake itself shares from the start; a consent for another purpose says nothing new.
        var intake = JsonSerializer.SerializeToElement(CoursesApi.NewIntake("Anna Bakker"));
        var withConsent = new Dictionary<string, object?>(intake.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, (object?)p.Value)))
        {
            ["consents"] = new[] { new { purpose = "PartnerSharing", givenOn = Today } },
        };
        var registered = await service.Client.PostAsJsonAsync(CoursesApi.Participants, withConsent);
        registered.EnsureSuccessStatusCode();
        var sharedId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var shared = await sharing.WaitForAsync(e => e.ParticipantId == sharedId, "PartnerSharingChangedV1 at an intake with the consent");
        Assert.True(shared.Message.Shared);
        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{sharedId}/consents", new { purpose = "Participation", givenOn = Today })).EnsureSuccessStatusCode();
        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{sharedId}/consents/withdrawal", new { withdrawnOn = Today })).EnsureSuccessStatusCode();
        // Events arrive in commit order here, so once the withdrawal's is in, anything before it is too.
        await sharing.WaitForAsync(e => e.ParticipantId == sharedId && !e.Shared, "PartnerSharingChangedV1 on the second withdrawal");
        Assert.Equal([(true, 1), (false, 3)], sharing.All.Where(e => e.Message.ParticipantId == sharedId).Select(e => (e.Message.Shared, e.Message.Revision)));
    }

    [Fact]
    public async Task Withdrawal_stops_processing_tells_the_others_and_keeps_the_counts()
    {
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<ConsentWithdrawnV1>());
        var year = DateTimeOffset.UtcNow.Year;
        var id = await service.RegisterAsync();
        (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents", new { purpose = "Participation", givenOn = Today })).EnsureSuccessStatusCode();
        var countsBefore = await service.Client.GetStringAsync($"/api/courses/reports/intake?year={year}");

        var response = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents/withdrawal", new { withdrawnOn = Today });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Closed", record.GetProperty("status").GetString());
        Assert.Equal(Today, record.GetProperty("consentWithdrawnOn").GetString());
        var withdrawn = await partner.ReceivedOf<ConsentWithdrawnV1>().WaitForAsync(e => e.ParticipantId == id, "ConsentWithdrawnV1");
        Assert.Equal(DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture), withdrawn.Message.WithdrawnOn);

        // Processing has stopped: no transfer, no correction, no new consent.
        Assert.Equal(HttpStatusCode.Conflict, (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/transfers", new { facilityId = "pi-zwolle", transferredOn = Today })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents", new { purpose = "Participation", givenOn = Today })).StatusCode);
        var consents = await service.Client.GetFromJsonAsync<JsonElement>($"{CoursesApi.Participants}/{id}/consents");
        Assert.All(consents.EnumerateArray(), c => Assert.Equal(Today, c.GetProperty("withdrawnOn").GetString()));

        // The anonymous counts still include the participant.
        Assert.Equal(countsBefore, await service.Client.GetStringAsync($"/api/courses/reports/intake?year={year}"));
        // Erasure remains possible after a withdrawal.
        using var admin = service.ClientAs(Roles.Admin);
        (await admin.PostAsync($"{CoursesApi.Participants}/{id}/erasure", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Bad_consent_input_is_a_400_that_names_the_field()
    {
        var id = await service.RegisterAsync();

        var purpose = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents", new { purpose = "Everything", givenOn = Today });
        var missing = await service.Client.PostAsJsonAsync($"{CoursesApi.Participants}/{id}/consents/withdrawal", new { });

        Assert.True((await purpose.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("purpose", out _));
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("withdrawnOn", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync($"{CoursesApi.Participants}/{Guid.NewGuid()}/consents")).StatusCode);
    }
}
