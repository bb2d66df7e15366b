using HerstelWerk.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HerstelWerk.Identity.Tests;

/// <summary>
/// Identity on the real PostgreSQL and RabbitMQ, as the AppHost configures it, with its public address
/// at https://localhost (the test server's), keys in a folder of its own, the console registered, a
/// first admin made, and a real smtp4dev of its own catching the mails (<see cref="Inbox"/>).
/// </summary>
public class IdentityFixture : ServiceFixture<Program>
{
    public const string AdminEmail = "admin@herstelwerk.test";
    public const string AdminPassword = "een lange zin als wachtwoord";
    public const string ConsoleSecret = "console-secret-for-the-tests-0123456789";
    public static readonly Uri PublicAddress = new("https://localhost/");

    private readonly string _keys = Directory.CreateTempSubdirectory("herstelwerk-identity-keys-").FullName;
    private Smtp4devServer? _mail;

    /// <summary>The mails Identity sent: invitations and password resets, with their links.</summary>
    public Smtp4devInbox Inbox => _mail?.Inbox ?? throw new InvalidOperationException("The fixture has not started.");

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
        new("Mail:Host", _mail!.SmtpHost),
        new("Mail:Port", _mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Mail:RequireTls", "false"),
        // Volunteers' invitations wait five seconds here, not ten: the tests' events about one change
        // arrive well within that, even on a loaded machine (one second was not always enough).
        new("VolunteerAccounts:InvitationSettling", "00:00:05"),
        new("VolunteerAccounts:CheckEvery", "00:00:00.500"),
    ];

    public override async Task InitializeAsync()
    {
        // Before the service starts: its settings name the mail server's port.
        _mail = await Smtp4devServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_mail is not null)
        {
            await _mail.DisposeAsync();
        }

        Directory.Delete(_keys, recursive: true);
    }
}
