using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Placement.Tests;

/// <summary>Two of the fuzzer's findings in Placement: a NUL in an employer's name, and a number for a choice.</summary>
public sealed class HostileInputTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private const string Employer = """
        {"organisation":"Logistiek Brabant BV","contactPerson":"Petra Verbeek","contactEmail":"petra@logistiek.example","sector":"logistiek","region":"Noord-Brabant","hiresPeopleWithRecord":true}
        """;

    [Fact]
    public async Task A_NUL_in_an_employers_name_is_a_400_that_names_the_field()
    {
        var response = await service.Client.SendRawAsync(HttpMethod.Post, "/api/placement/employers", Employer.Replace("Logistiek Brabant BV", "Logistiek\\u0000Brabant"));

        await response.AssertNamesFieldAsync("organisation");
    }

    [Theory]
    [InlineData("?stage=2", "stage")]
    [InlineData("?candidateId=%00", "candidateId")]
    public async Task Query_values_that_are_no_documented_input_are_a_400_that_names_them(string query, string field) =>
        await (await service.Client.GetAsync("/api/placement/placements" + query)).AssertNamesFieldAsync(field);
}
