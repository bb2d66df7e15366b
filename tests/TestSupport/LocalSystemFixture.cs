using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HerstelWerk.Testing;

/// <summary>
/// The whole system as <c>eng/run.sh</c> starts it, in local mode (this machine's PostgreSQL and
/// RabbitMQ), with a state folder of its own that is removed afterwards. The end-to-end tests and the
/// console's browser tests each start one (<typeparamref name="TAppHost"/> is the AppHost's
/// <c>Projects.AppHost</c>).
/// </summary>
public abstract class LocalSystemFixture<TAppHost> : IAsyncLifetime where TAppHost : class
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>How long the system gets to carry a change to the other services in these tests.</summary>
    private static readonly TimeSpan PropagationTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Politely: the gateway allows a client 300 requests a minute, and these tests share one client.</summary>
    private static readonly TimeSpan GatewayPace = TimeSpan.FromMilliseconds(500);
    private readonly string _state = Directory.CreateTempSubdirectory("herstelwerk-e2e-").FullName;

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>Settings a suite needs beyond what <c>eng/run.sh</c> starts with.</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    /// <summary>The resources that must be healthy before the tests begin.</summary>
    protected virtual IReadOnlyList<string> AwaitedResources => ["gateway"];

    /// <summary>The gateway, called as a coordinator with a token from the development token endpoint.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        // PostgreSQL may run as the 'postgres' user, which must be able to enter the state folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_state, (UnixFileMode)0b111_101_101);
        }

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<TAppHost>(
            ["Infrastructure:Mode=local", $"Infrastructure:StateDirectory={_state}", "Infrastructure:RabbitMqManagement=false"]);
        // Tests send far more from 127.0.0.1, and per development subject, than a person or a partner
        // would: hundreds of intakes a minute, every browser tab. The budgets are Gateway.Tests' subject.
        builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("Gateway__RequestsPerMinutePerIp", "100000")
            .WithEnvironment("Gateway__RequestsPerMinutePerClient", "100000");
        Configure(builder);
        App = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.StartAsync(timeout.Token);
        foreach (var resource in AwaitedResources)
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }

        Gateway = await ClientAsAsync("coordinator");
    }

    /// <summary>A gateway client with a token for <paramref name="role"/>, from <c>POST /dev/token</c> as the README shows.</summary>
    public async Task<HttpClient> ClientAsAsync(string role)
    {
        var client = App.CreateHttpClient("gateway");
        var response = await client.PostAsJsonAsync("/dev/token", new { role });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A file in the system's state folder (local mode's <c>.state/</c>), such as a generated secret.</summary>
    public string StateFile(params string[] parts) => Path.Combine([_state, .. parts]);

    public Task<string?> ConnectionStringAsync(string resource) => App.GetConnectionStringAsync(resource).AsTask();

    public Task StopResourceAsync(string resource) => ExecuteAsync(resource, KnownResourceCommands.StopCommand);

    public async Task StartResourceAsync(string resource)
    {
        await ExecuteAsync(resource, KnownResourceCommands.StartCommand);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
    }

    private async Task ExecuteAsync(string resource, string command)
    {
        var result = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command);
        Assert.True(result.Success, $"{command} on {resource}: {result.Message}");
    }

    /// <summary>Kills the resource's process outright (SIGKILL: no shutdown, no flushing) and waits until Aspire sees it gone.</summary>
    public async Task<string> KillResourceAsync(string resource)
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState(resource, out var current), $"{resource} is not known");
        // Aspire names the process id of a project or executable "executable.pid" in its snapshot.
        var pid = current.Snapshot.Properties.FirstOrDefault(property => property.Name == "executable.pid")?.Value;
        Assert.NotNull(pid);
        string killed;
        using (var process = Process.GetProcessById(Convert.ToInt32(pid, CultureInfo.InvariantCulture)))
        {
            killed = $"{process.ProcessName} (pid {process.Id})";
            // The whole tree: the process Aspire tracks may be a launcher with the service as its child.
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        await App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, timeout.Token);
        return killed;
    }

    /// <summary>
    /// Every error queue on the broker that holds a message, with its count, as <c>rabbitmqctl list_queues</c>
    /// shows them to an operator of local mode.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> ErrorQueuesWithMessagesAsync()
    {
        var home = Path.Combine(_state, "rabbitmq");
        // Local mode names its node after a hash of the state folder (AppHost, LocalState.Id).
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(_state))))[..8];
        var start = new ProcessStartInfo("/usr/lib/rabbitmq/bin/rabbitmqctl", ["-n", $"herstelwerk-{id}@localhost", "-q", "list_queues", "name", "messages"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = home; // the node's Erlang cookie
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"rabbitmqctl list_queues failed: {errors}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length == 2 && columns[0].EndsWith("_error", StringComparison.Ordinal) && long.TryParse(columns[1], out var count) && count > 0)
            .ToDictionary(columns => columns[0], columns => long.Parse(columns[1], CultureInfo.InvariantCulture));
    }

    public virtual async Task DisposeAsync()
    {
        Gateway.Dispose();
        await App.DisposeAsync();
        Directory.Delete(_state, recursive: true);
    }

    /// <summary>Waits, at the gateway's pace, for <paramref name="probe"/> to return something (see <see cref="Eventually"/>).</summary>
    public static Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null) =>
        Eventually.ReturnsAsync(probe, what, timeout ?? PropagationTimeout, GatewayPace);

    public static Task EventuallyHoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        Eventually.HoldsAsync(condition, what, timeout ?? PropagationTimeout, GatewayPace);
}
