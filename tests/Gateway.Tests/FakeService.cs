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

    public string Address => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<FakeService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        // Kestrel's default: every answer says "Server: Kestrel", which the gateway must not pass on.
        app.Map("/{**path}", (HttpContext context) => Results.Text("""{"items":[]}""", "application/json"));
        await app.StartAsync();
        return new FakeService(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
