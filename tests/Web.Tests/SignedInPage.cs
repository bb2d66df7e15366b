using Microsoft.Playwright;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>A browser tab of its own (own cookies), signed in through the development sign-in page as a user would.</summary>
public static class SignedInPage
{
    public static async Task<IPage> OpenAsync(ConsoleFixture system, string role, ViewportSize viewport, Guid? volunteerId = null, string? subject = null)
    {
        var page = await NewTabAsync(system, viewport);
        await page.GotoAsync("/");
        Assert.Contains("/ontwikkeling/aanmelden", page.Url);
        await page.GetByLabel("Rol").SelectOptionAsync(role);
        if (subject is not null)
        {
            await page.GetByLabel("Gebruikers-id (niet verplicht)").FillAsync(subject);
        }

        if (volunteerId is not null)
        {
            await page.GetByLabel("Vrijwilligers-id").FillAsync(volunteerId.Value.ToString());
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/ontwikkeling/"), new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // Say what the page shows instead, and what the browser reported.
            throw new InvalidOperationException($"Still on {page.Url} after signing in as {role}: {await page.InnerTextAsync("main")} | {string.Join(" | ", page.Errors())}");
        }

        return page;
    }

    /// <summary>A tab that notes what the browser reports as an error (a script failing, a Content-Security-Policy refusal).</summary>
    public static async Task<IPage> NewTabAsync(ConsoleFixture system, ViewportSize viewport)
    {
        var context = await system.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = system.Address.ToString(), ViewportSize = viewport, Locale = "nl-NL", TimezoneId = "Europe/Amsterdam",
        });
        var page = await context.NewPageAsync();
        var errors = BrowserErrors.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} for {response.Url}");
            }
        };
        return page;
    }

    /// <summary>What the browser reported as errors in this tab so far.</summary>
    public static IReadOnlyList<string> Errors(this IPage page) => BrowserErrors.GetOrCreateValue(page);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> BrowserErrors = new();

    /// <summary>
    /// A Fluent UI button. It is a web component whose role lives in its ElementInternals, which the
    /// browser's accessibility tree reads but Playwright's role selector does not.
    /// </summary>
    public static ILocator FluentButton(this IPage page, string text) =>
        page.Locator("fluent-button", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(text)}\\s*$") });

    /// <summary>Goes to a page of the console and waits until it has loaded what it shows.</summary>
    public static async Task ShowAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("h1").First.WaitForAsync();
        await Assertions.Expect(page.Locator(".loading")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
    }
}
