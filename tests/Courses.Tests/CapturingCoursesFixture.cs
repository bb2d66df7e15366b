using System.Net.Http.Json;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Courses with every log line and span captured, at the most verbose level.</summary>
public sealed class CapturingCoursesFixture : ServiceFixture<Program>
{
    public CapturedTelemetry Telemetry { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [new("Logging:LogLevel:Default", "Trace")];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(Telemetry);
}
