using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.Identity.Tests;

/// <summary>Identity with every log line and span captured, at the levels it is configured with (its appsettings.json).</summary>
public sealed class CapturingIdentityFixture : IdentityFixture
{
    public CapturedTelemetry Telemetry { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(Telemetry);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Telemetry.Dispose();
    }
}
