using System.Net.Http.Headers;
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
