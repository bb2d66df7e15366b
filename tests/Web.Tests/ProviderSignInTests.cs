using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using OtpNet;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>
/// Signing in at the embedded identity provider in a real browser, as the first admin does on a new
/// machine: password, setting up the authenticator (the code computed here by Otp.NET, as a phone
/// would), the recovery codes, the console greeting them by name; signing out ends the provider's
/// session too. Every sign-in page passes axe at phone and desktop width, in Dutch and English.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ProviderSignInTests(ConsoleFixture system)
{
    private const string AdminEmail = "admin@herstelwerk.local";

    [Fact]
    public async Task The_first_admin_signs_in_with_a_second_factor_and_signing_out_ends_the_session()
    {
        var password = (await File.ReadAllTextAsync(system.StateFile("secrets", "identity-initial-admin-password"))).Trim();
        var page = await SignedInPage.NewTabAsync(system, Viewports.Phone);

        await page.GotoAsync("/aanmelden/account");
        Assert.Contains("/account/signin", page.Url);
        await PageChecks.CheckAsync(page, "aanmelden-account-telefoon");

        // A wrong password first: the address stays, the password does not, and the page says why.
        await page.GetByLabel("E-mailadres").FillAsync(AdminEmail);
        await page.GetByLabel("Wachtwoord").FillAsync("niet het goede wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("klopt niet");
        Assert.Equal(AdminEmail, await page.GetByLabel("E-mailadres").InputValueAsync());
        Assert.Equal(string.Empty, await page.GetByLabel("Wachtwoord").InputValueAsync());

        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await ArrivesAtAsync(page, "/account/two-factor", page.GetByTestId("authenticator-key"));
        await PageChecks.CheckAsync(page, "tweestapsverificatie-instellen-telefoon");

        var key = (await page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", string.Empty).ToUpperInvariant();
        await page.GetByLabel("Code uit de app").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Instellen en aanmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw herstelcodes" })).ToBeVisibleAsync();
        Assert.Equal(10, await page.Locator(".codes li").CountAsync());
        await PageChecks.CheckAsync(page, "herstelcodes-telefoon");

        await page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Beheerder");

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^(?!.*/afmelden)"));
        // The provider's session ended with the console's: signing in again asks for the password.
        await page.GotoAsync("/aanmelden/account");
        Assert.Contains("/account/signin", page.Url);
        await Assertions.Expect(page.GetByLabel("Wachtwoord")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_invited_coordinator_sets_a_password_and_a_second_factor_and_the_console_greets_them()
    {
        var email = $"marieke-{Guid.NewGuid():N}@herstelwerk.test";
        using var admin = await system.ClientAsAsync("admin");
        using var invited = await admin.PostAsJsonAsync("/api/identity/invitations", new { email, displayName = "Marieke Jansen", role = "coordinator" });
        Assert.Equal(System.Net.HttpStatusCode.Created, invited.StatusCode);

        // The mail, as the coordinator reads it in smtp4dev (the AppHost's resource, as in the dashboard).
        using var inbox = new HerstelWerk.Testing.Smtp4devInbox(system.App.GetEndpoint("smtp4dev", "http"));
        var mail = await inbox.WaitForAsync(email, timeout: TimeSpan.FromSeconds(30));
        var link = mail.LinkTo("/account/invitation");
        Assert.Equal(system.Address.Authority, link.Authority);

        var page = await SignedInPage.NewTabAsync(system, Viewports.Phone);
        await page.GotoAsync(link.PathAndQuery);
        await PageChecks.CheckAsync(page, "uitnodiging-telefoon");
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("kort");
        await page.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync("kort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan en verder" }).ClickAsync();
        await Assertions.Expect(page.Locator("#new-password-error")).ToContainTextAsync("12");
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync("de fietsen staan onder de brug");
        await page.GetByLabel("Nieuw wachtwoord nog een keer").FillAsync("de fietsen staan onder de brug");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan en verder" }).ClickAsync();

        await ArrivesAtAsync(page, "/account/two-factor", page.GetByTestId("authenticator-key"));
        var key = (await page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", string.Empty).ToUpperInvariant();
        await page.GetByLabel("Code uit de app").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Instellen en aanmelden" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Verder" }).ClickAsync();

        // Through the provider and the console's landing page to its home page.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^https?://[^/]+/([?#].*)?$"));
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Marieke Jansen");
        await PageChecks.CheckAsync(page, "console-na-uitnodiging-telefoon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^(?!.*/afmelden)"));
        await page.GotoAsync("/aanmelden/account");
        await Assertions.Expect(page.GetByLabel("Wachtwoord")).ToBeVisibleAsync();

        // The link was for one use.
        await page.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_invites_staff_and_switches_an_account_off_in_the_console()
    {
        var email = $"aafke-{Guid.NewGuid():N}@herstelwerk.test";
        var page = await SignedInPage.OpenAsync(system, "admin", Viewports.Phone);
        await page.ShowAsync("/beheer/accounts");

        // A wrong address first: the API's word beside the field, in Dutch, and what was typed stays.
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync("aafke.herstelwerk.test");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Aafke Aarts");
        await page.GetByLabel("Rol").SelectOptionAsync("adviser");
        await page.FluentButton("Uitnodiging versturen").ClickAsync();
        await Assertions.Expect(page.Locator("#email-fout")).ToHaveTextAsync("Vul een e-mailadres in, zoals naam@voorbeeld.nl.");
        Assert.Equal("Aafke Aarts", await page.GetByLabel("Naam", new() { Exact = true }).InputValueAsync());
        await PageChecks.CheckAsync(page, "beheer-accounts-fout-telefoon");

        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
        await page.FluentButton("Uitnodiging versturen").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "uitnodiging is verstuurd" })).ToBeVisibleAsync();

        await page.GetByLabel("Zoek op naam of e-mailadres").FillAsync(email);
        await page.FluentButton("Zoeken").ClickAsync();
        var row = page.Locator($"tr[data-account='{email}']");
        await Assertions.Expect(row).ToContainTextAsync("Uitgenodigd");
        await Assertions.Expect(row).ToContainTextAsync("Adviseur arbeidsintegratie");

        await row.Locator("fluent-button", new() { HasText = "Uitschakelen" }).ClickAsync();
        await row.Locator("fluent-button", new() { HasText = "Ja" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Uitgeschakeld");
        await row.Locator("fluent-button", new() { HasText = "Weer inschakelen" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Uitgenodigd");

        var desktop = await SignedInPage.OpenAsync(system, "admin", Viewports.Desktop);
        await desktop.ShowAsync("/beheer/accounts");
        await Assertions.Expect(desktop.GetByRole(AriaRole.Heading, new() { Name = "Alle accounts" })).ToBeVisibleAsync();
        await Assertions.Expect(desktop.Locator("table.accounts tbody tr").First).ToBeVisibleAsync();
        await PageChecks.CheckAsync(desktop, "beheer-accounts-desktop");
    }

    [Fact]
    public async Task The_sign_in_page_works_at_desktop_width_and_in_English()
    {
        var page = await SignedInPage.NewTabAsync(system, Viewports.Desktop);
        await page.GotoAsync("/account/signin");
        await PageChecks.CheckAsync(page, "aanmelden-account-desktop");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(page, "sign-in-account-desktop-english");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nederlands" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Waits until the browser shows <paramref name="path"/> and its <paramref name="content"/>. It polls the
    /// address rather than waiting for the page's load event: after a POST and its redirect, Playwright
    /// once missed that event in CI and waited out its timeout on a page that was already there.
    /// </summary>
    private static async Task ArrivesAtAsync(IPage page, string path, ILocator content)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path)));
        await Assertions.Expect(content).ToBeVisibleAsync();
    }
}
