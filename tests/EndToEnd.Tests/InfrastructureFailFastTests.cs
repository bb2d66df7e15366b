using System.Diagnostics;
using Aspire.Hosting.Testing;
using Xunit;

namespace HerstelWerk.EndToEnd.Tests;

/// <summary>
/// When PostgreSQL and RabbitMQ cannot be had, the AppHost stops at once and says what to do,
/// instead of waiting for ever on resources that never become healthy.
/// </summary>
public sealed class InfrastructureFailFastTests
{
    private const string Missing = "/nonexistent/herstelwerk";

    public static TheoryData<string[], string> Unworkable => new()
    {
        {
            // auto: no container engine, no local servers.
            ["ASPIRE_CONTAINER_RUNTIME=no-such-runtime", $"Infrastructure:PostgresBinDirectory={Missing}", $"Infrastructure:RabbitMqServer={Missing}"],
            "apt-get install -y postgresql rabbitmq-server"
        },
        {
            ["Infrastructure:Mode=local", $"Infrastructure:RabbitMqServer={Missing}"],
            "no RabbitMQ server was found"
        },
        {
            ["Infrastructure:Mode=containers", "ASPIRE_CONTAINER_RUNTIME=no-such-runtime"],
            "no-such-runtime is not installed"
        },
        {
            ["Infrastructure:Mode=external"],
            "ConnectionStrings__"
        },
        {
            ["Infrastructure:Mode=cloud"],
            "not one of: auto, containers, local, external"
        },
    };

    [Theory]
    [MemberData(nameof(Unworkable))]
    public async Task AppHost_stops_at_once_with_what_to_install_or_configure(string[] args, string advice)
    {
        var clock = Stopwatch.StartNew();

        var exception = await Record.ExceptionAsync(() => DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args));

        Assert.NotNull(exception);
        var messages = string.Join(" | ", Chain(exception).Select(e => e.Message));
        Assert.Contains(advice, messages);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"failing took {clock.Elapsed}");
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
