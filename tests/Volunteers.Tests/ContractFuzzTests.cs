using HerstelWerk.Testing;
using HerstelWerk.Testing.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Volunteers' OpenAPI document, held to the answers it gives under generated and hostile input.</summary>
public sealed class VolunteersContractFuzzTests(ServiceFixture<Program> service, ITestOutputHelper output)
    : ContractFuzzTests<Program>(service, output), IClassFixture<ServiceFixture<Program>>
{
    /// <summary>Participants come from Courses' events, an active volunteer from the lifecycle: both exist before the fuzzing.</summary>
    protected override async Task SeedAsync(ServiceFixture<Program> fixture)
    {
        await using var partner = await fixture.StartPartnerBusAsync();
        for (var i = 0; i < 3; i++)
        {
            await fixture.ParticipantFromCoursesAsync(partner);
        }

        await fixture.ActiveVolunteerAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2));
    }
}
