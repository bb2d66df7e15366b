using System.Net.Http.Json;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>
/// The address reaches Identity through the outbox, on real PostgreSQL and RabbitMQ: on activation, and
/// when an Active volunteer's address changes; an address change of anyone else stays in Volunteers.
/// </summary>
public sealed class SignInRequestPublishingTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Activation_and_a_new_address_reach_Identity_with_the_address_and_the_revision()
    {
        await using var identity = await service.StartPartnerBusAsync(bus => bus.Observe<VolunteerActivatedV1>().Observe<VolunteerSignInRequestedV1>());

        var id = await service.ActiveVolunteerAsync(Today.AddDays(-10), fullName: "Mila Jansen");

        var activated = await identity.ReceivedOf<VolunteerActivatedV1>().WaitForAsync(e => e.VolunteerId == id, "VolunteerActivatedV1");
        var invited = await identity.ReceivedOf<VolunteerSignInRequestedV1>().WaitForAsync(e => e.VolunteerId == id, "VolunteerSignInRequestedV1");
        Assert.Equal((EmailOf("Mila Jansen"), activated.Message.Revision), (invited.Message.Email, invited.Message.Revision));
        Assert.DoesNotContain("mila", activated.RawBody, StringComparison.OrdinalIgnoreCase);

        await ChangeAddressAsync(id, "Mila Jansen", "mila.jansen@example.net");

        var moved = await identity.ReceivedOf<VolunteerSignInRequestedV1>()
            .WaitForAsync(e => e.VolunteerId == id && e.Email == "mila.jansen@example.net", "the new address");
        Assert.True(moved.Message.Revision > invited.Message.Revision, "a later address has a later revision");
    }

    [Fact]
    public async Task A_new_address_of_an_inactive_volunteer_is_not_published()
    {
        var id = await service.ActiveVolunteerAsync(Today.AddDays(-10), fullName: "Bram Visser");
        await service.Client.PostOkAsync($"{Route}/{id}/status", new { status = "Inactive", on = Today });

        await ChangeAddressAsync(id, "Bram Visser", "bram.visser@example.net");

        // The outbox row commits with the change, so once the change is answered it is there or never will be.
        Assert.Equal([EmailOf("Bram Visser")], await SignInAddressesAsync(id));
    }

    private async Task ChangeAddressAsync(Guid id, string fullName, string email)
    {
        using var current = await service.Client.GetAsync($"{Route}/{id}");
        using var change = new HttpRequestMessage(HttpMethod.Put, $"{Route}/{id}") { Content = JsonContent.Create(Profile(fullName, email: email)) };
        change.Headers.IfMatch.Add(current.Headers.ETag ?? throw new InvalidOperationException("GET gave no ETag"));
        (await service.Client.SendAsync(change)).EnsureSuccessStatusCode();
    }

    /// <summary>The addresses in the volunteer's sign-in requests in the outbox, oldest first.</summary>
    private async Task<string[]> SignInAddressesAsync(Guid id) =>
        (await service.QueryScalarAsync<string>(
            "SELECT string_agg(payload->>'email', ' ' ORDER BY (payload->>'revision')::int) FROM outbox_messages " +
            "WHERE message_type LIKE '%VolunteerSignInRequestedV1' AND payload->>'volunteerId' = $1",
            id.ToString()))?.Split(' ') ?? [];
}
