using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>What every page must pass: axe-core finds nothing serious or critical (WCAG 2.1 AA), and its screenshot is kept.</summary>
public static class PageChecks
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Screenshots go to the test output, or to <c>HERSTELWERK_SCREENSHOTS</c> (eng/screenshots.sh sets it).</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("HERSTELWERK_SCREENSHOTS") is { Length: > 0 } chosen ? chosen : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task AccessibleAsync(IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var blocking = result.Violations.Where(violation => Blocking.Contains(violation.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{name}: " + string.Join("; ", blocking.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }

    public static async Task CheckAsync(IPage page, string name)
    {
        Assert.True(page.Errors().Count == 0, $"{name}: the browser reported " + string.Join(" | ", page.Errors()));
        await AccessibleAsync(page, name);
        await ScreenshotAsync(page, name);
    }
}
