using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>The fuzzer's findings in Aftercare: a NUL in a contact's note, a number for the channel.</summary>
public sealed class HostileInputTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData("\"note\":\"Gesproken\"", "\"note\":\"Ge\\u0000sproken\"", "note")]
    [InlineData("\"channel\":\"Visit\"", "\"channel\":99", "channel")]
    [InlineData("\"channel\":\"Visit\"", "\"channel\":1", "channel")]
    public async Task A_contact_with_a_control_character_or_a_number_for_a_choice_is_a_400_that_names_it(string valid, string hostile, string field)
    {
        await using var partner = await service.StartPartnerBusAsync();
        var (_, trajectoryId) = await service.ReleasedAsync(partner, Today.AddDays(-3));
        var contact = $$"""{"on":"{{Today:yyyy-MM-dd}}","channel":"Visit","reached":true,"note":"Gesproken"}""";

        var response = await service.Client.SendRawAsync(HttpMethod.Post, $"/api/aftercare/trajectories/{trajectoryId}/contacts", contact.Replace(valid, hostile));

        await response.AssertNamesFieldAsync(field);
    }
}
