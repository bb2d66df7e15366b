using HerstelWerk.Testing;
using HerstelWerk.Testing.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace HerstelWerk.Placement.Tests;

/// <summary>Placement's OpenAPI document, held to the answers it gives under generated and hostile input.</summary>
public sealed class PlacementContractFuzzTests(ServiceFixture<Program> service, ITestOutputHelper output)
    : ContractFuzzTests<Program>(service, output), IClassFixture<ServiceFixture<Program>>
{
    /// <summary>Candidates come from Courses' CAO completions; a few exist before the fuzzing.</summary>
    protected override async Task SeedAsync(ServiceFixture<Program> fixture)
    {
        await using var partner = await fixture.StartPartnerBusAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < 3; i++)
        {
            await fixture.CandidateAfterCaoAsync(partner, "pi-vught", today.AddDays(-20 - i));
        }
    }
}
