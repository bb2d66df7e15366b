using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HerstelWerk.Testing;
using Microsoft.Playwright;

namespace HerstelWerk.Web.Tests;

/// <summary>
/// The whole system in local mode with the console, and one headless chromium (Debian's: Playwright's
/// own browser download cannot work on these machines) for every test of the collection.
/// </summary>
public sealed class ConsoleFixture : LocalSystemFixture<Projects.AppHost>
{
    /// <summary>Debian's chromium; <c>eng/test.sh</c> installs it.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    protected override IReadOnlyList<string> AwaitedResources => ["gateway", "web"];

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The gateway's address: the one address of both the console and the API.</summary>
    public Uri Address { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Address = App.GetEndpoint("gateway", "http");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=nl"],
            // Chromium takes its own language (the one its date fields are written in) from the environment
            // and needs Debian's chromium-l10n for it: then a date field reads dd-mm-jjjj, as a Dutch user's does.
            Env = DutchEnvironment(),
        });
    }

    private static Dictionary<string, string> DutchEnvironment()
    {
        // Playwright gives the browser only the variables named here, so pass on the rest.
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? string.Empty);
        environment["LANGUAGE"] = "nl";
        return environment;
    }

    public override async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
