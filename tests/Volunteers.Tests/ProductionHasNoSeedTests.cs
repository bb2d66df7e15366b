using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Outside Development the seed endpoint does not exist at all.</summary>
public sealed class ProductionHasNoSeedTests(ProductionVolunteersFixture service) : IClassFixture<ProductionVolunteersFixture>
{
    [Fact]
    public async Task The_seed_endpoint_is_absent_in_production()
    {
        using var admin = service.ClientAs("admin");

        var response = await admin.PostAsync($"{Route}/development/seed", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM volunteers"));
    }
}
