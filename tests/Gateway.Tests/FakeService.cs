using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HerstelWerk.Gateway.Tests;

/// <summary>A real Kestrel behind the gateway that answers every request as a service would, headers included.</summary>
public sealed class FakeService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeService(WebApplication app) => _app = app;

    /// <summary>The path of the last request that reached it, to tell which service a route leads to.</summary>
    public string? LastPath { get; private set; }

    public string Address => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<FakeService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var service = new FakeService(app);
        // Kestrel's default: every answer says "Server: Kestrel", which the gateway must not pass on.
        app.Map("/{**path}", (HttpContext context) =>
        {
            service.LastPath = context.Request.Path;
            return Results.Text("""{"items":[]}""", "application/json");
        });
        await app.StartAsync();
        return service;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
