using HerstelWerk.Testing;
using HerstelWerk.Testing.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>Aftercare's OpenAPI document, held to the answers it gives under generated and hostile input.</summary>
public sealed class AftercareContractFuzzTests(ServiceFixture<Program> service, ITestOutputHelper output)
    : ContractFuzzTests<Program>(service, output), IClassFixture<ServiceFixture<Program>>
{
    /// <summary>Trajectories open from Courses' release events; a few exist before the fuzzing, one with a buddy.</summary>
    protected override async Task SeedAsync(ServiceFixture<Program> fixture)
    {
        await using var partner = await fixture.StartPartnerBusAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < 3; i++)
        {
            var (participant, _) = await fixture.ReleasedAsync(partner, today.AddDays(-10 - i));
            if (i == 0)
            {
                await fixture.BuddyAssignedAsync(partner, participant, today.AddDays(-5));
            }
        }
    }
}
