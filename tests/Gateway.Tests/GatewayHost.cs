using System.Net.Http.Headers;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;

namespace HerstelWerk.Gateway.Tests;

/// <summary>
/// The gateway in the test process, with its routes pointing at a closed port: what these tests check
/// happens at the edge, before anything is forwarded.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly ServiceFactory<Program> _factory;

    public GatewayHost(string environment = "Development", IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Identity:SigningKey"] = Identity.SigningKey,
            ["https_port"] = "443",
        };
        foreach (var service in new[] { "courses", "placement", "aftercare", "volunteers", "identity", "web" })
        {
            all[$"ReverseProxy:Clusters:{service}:Destinations:{service}:Address"] = "http://127.0.0.1:9";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _factory = new ServiceFactory<Program>(all, environment: environment);
    }

    public IdentitySettings Identity { get; } = new() { SigningKey = new string('k', 24) + Guid.NewGuid().ToString("N") };

    public IServiceProvider Services => _factory.Services;

    public HttpClient ClientAs(string? role, string? subject = null)
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Create(Identity, role, subject ?? $"test-{role}"));
        }

        return client;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
