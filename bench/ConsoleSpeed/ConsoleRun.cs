using System.Diagnostics;
using HerstelWerk.Web.Tests;
using Microsoft.Playwright;

namespace HerstelWerk.Bench.ConsoleSpeed;

/// <summary>
/// What a coordinator waits for, timed in the browser. A page's first meaningful paint runs from the
/// address being opened until its figures or its first rows show: the page, the circuit's start and
/// the API calls behind it. A click runs from the click until the changed result shows; that includes
/// the WebSocket round trip and the API call, so it bounds the server's render from above.
/// </summary>
internal sealed class ConsoleRun(ConsoleFixture system, int participants, int samples)
{
    private const int WarmUp = 5;

    public async Task<IReadOnlyList<Timings>> MeasureAsync()
    {
        var tab = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        var heading = await TimeAsync(new Timings("Doelstellingen: heading (circuit up)", 1000), tab.Context,
            page => page.GotoAsync("/"), page => page.Locator("h1").First.WaitForAsync());
        var dashboard = await TimeAsync(new Timings("Doelstellingen: first meaningful paint", 1000), tab.Context,
            page => page.GotoAsync("/"), page => page.Locator("ul.figures li").First.WaitForAsync());
        var list = await TimeAsync(new Timings("Deelnemers: first meaningful paint", 1000), tab.Context,
            page => page.GotoAsync("/deelnemers"), page => page.Locator("table.list tbody tr").First.WaitForAsync());

        await tab.ShowAsync("/deelnemers");
        var byName = new Timings("Click: search by name", 150);
        var byNumber = new Timings("Click: search by prison number", 150);
        var nextPage = new Timings("Click: next page", 150);
        for (var i = 0; i < WarmUp + samples; i++)
        {
            var keep = i >= WarmUp;
            var surname = SyntheticParticipants.Surnames[i % SyntheticParticipants.Surnames.Length];
            await ClickAsync(tab, keep ? byName : null, surname,
                "s => { const rows = [...document.querySelectorAll('table.list tbody tr a')]; return rows.length > 0 && rows.every(a => a.textContent.includes(s)); }", surname);

            var number = SyntheticParticipants.PrisonNumber(1 + (i * 37 % participants));
            await ClickAsync(tab, keep ? byNumber : null, number,
                "n => { const rows = document.querySelectorAll('table.list tbody tr'); return rows.length === 1 && rows[0].cells[1].textContent.trim() === n; }", number);

            // The whole list again, then a page on: 'Pagina 2 van ...'.
            await ClickAsync(tab, null, "", "() => document.querySelector('nav.pager span')?.textContent.startsWith('Pagina 1 van') && document.querySelectorAll('table.list tbody tr').length > 1", null);
            var started = Stopwatch.StartNew();
            await tab.Locator("fluent-button", new() { HasText = "Volgende" }).ClickAsync();
            await tab.WaitForFunctionAsync("() => document.querySelector('nav.pager span')?.textContent.startsWith('Pagina 2 van')");
            if (keep)
            {
                nextPage.Add(started.Elapsed);
            }
        }

        await tab.Context.CloseAsync();
        return [heading, dashboard, list, byName, byNumber, nextPage];
    }

    private async Task<Timings> TimeAsync(Timings timings, IBrowserContext context, Func<IPage, Task> open, Func<IPage, Task> shown)
    {
        for (var i = 0; i < WarmUp + samples; i++)
        {
            var page = await context.NewPageAsync();
            var started = Stopwatch.StartNew();
            await open(page);
            await shown(page);
            if (i >= WarmUp)
            {
                timings.Add(started.Elapsed);
            }

            await page.CloseAsync();
        }

        return timings;
    }

    private static async Task ClickAsync(IPage tab, Timings? timings, string search, string shown, string? argument)
    {
        await tab.GetByLabel("Zoeken", new() { Exact = true }).FillAsync(search);
        var started = Stopwatch.StartNew();
        await tab.Locator("fluent-button", new() { HasText = "Zoeken" }).ClickAsync();
        await tab.WaitForFunctionAsync(shown, argument);
        timings?.Add(started.Elapsed);
    }
}
