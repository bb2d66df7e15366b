using HerstelWerk.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HerstelWerk.Identity.Tests;

/// <summary>
/// Identity on the real PostgreSQL and RabbitMQ, as the AppHost configures it, with its public address
/// at https://localhost (the test server's), keys in a folder of its own, the console registered and a
/// first admin made.
/// </summary>
public class IdentityFixture : ServiceFixture<Program>
{
    public const string AdminEmail = "admin@herstelwerk.test";
    public const string AdminPassword = "een lange zin als wachtwoord";
    public const string ConsoleSecret = "console-secret-for-the-tests-0123456789";
    public static readonly Uri PublicAddress = new("https://localhost/");

    private readonly string _keys = Directory.CreateTempSubdirectory("herstelwerk-identity-keys-").FullName;

    /// <summary>A browser-like client: its own cookies, no automatic redirects, on the public address.</summary>
    public HttpClient NewBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = PublicAddress, AllowAutoRedirect = false, HandleCookies = true,
    });

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Provider:Issuer", PublicAddress.ToString()),
        new("Provider:KeysDirectory", _keys),
        new("Provider:Console:BaseAddress", PublicAddress.ToString()),
        new("Provider:Console:ClientSecret", ConsoleSecret),
        new("Provider:InitialAdmin:Email", AdminEmail),
        new("Provider:InitialAdmin:Password", AdminPassword),
    ];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }
}
