using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>The fuzzer's findings in Volunteers: a NUL in a search, an ESC in a name, a number for a choice.</summary>
public sealed class HostileInputTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    [Theory]
    [InlineData("?search=a%00b", "search")]
    [InlineData("?region=%07", "region")]
    [InlineData("?status=3", "status")]
    public async Task A_query_with_a_control_character_or_a_number_for_a_choice_is_a_400_that_names_it(string query, string field) =>
        await (await service.Client.GetAsync(VolunteersApi.Route + query)).AssertNamesFieldAsync(field);

    [Fact]
    public async Task An_ESC_in_a_volunteers_name_is_a_400_that_names_the_field()
    {
        var response = await service.Client.SendRawAsync(HttpMethod.Post, VolunteersApi.Route,
            """{"fullName":"Anna\u001b de Vries","email":"anna@example.org","region":"Utrecht","languages":["nl"],"capacity":2}""");

        await response.AssertNamesFieldAsync("fullName");
    }

    [Fact]
    public async Task A_null_language_is_a_400_that_names_the_entry()
    {
        var response = await service.Client.SendRawAsync(HttpMethod.Post, VolunteersApi.Route,
            """{"fullName":"Anna de Vries","email":"anna@example.org","region":"Utrecht","languages":["nl",null],"capacity":2}""");

        await response.AssertNamesFieldAsync("languages[1]");
    }
}
