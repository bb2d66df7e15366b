using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Volunteers on a business date the test moves; messaging keeps the system's clock.</summary>
public sealed class MovableBusinessDateFixture : ServiceFixture<Program>
{
    public FakeTimeProvider BusinessTime { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton(new BusinessClock(BusinessTime));
}
