using Microsoft.Playwright;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>Every page, as the role it is for, on a phone and a desktop: it loads, passes axe, and is photographed.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsolePagesTests(ConsoleFixture system)
{
    public static TheoryData<string, string, string> StaffPages => new()
    {
        { "coordinator", "/", "doelstellingen" },
        { "coordinator", "/deelnemers", "deelnemers" },
        { "coordinator", "/deelnemers/nieuw", "intake" },
        { "coordinator", "/nazorg", "nazorg" },
        { "coordinator", "/cursussen", "cursussen" },
        { "coordinator", "/vrijwilligers", "vrijwilligers" },
        { "adviser", "/", "doelstellingen-adviseur" },
    };

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task A_staff_page_loads_and_is_accessible_at_both_widths(string role, string path, string name)
    {
        foreach (var (viewport, width) in new[] { (Viewports.Phone, "375"), (Viewports.Desktop, "1440") })
        {
            var page = await SignedInPage.OpenAsync(system, role, viewport);
            await page.ShowAsync(path);
            await PageChecks.CheckAsync(page, $"{name}-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_targets_page_shows_the_six_targets_and_the_volunteers_against_600()
    {
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await page.ShowAsync("/");

        var targets = page.Locator("#met-doel ~ .figures .figure");
        foreach (var name in new[] { "SOS-groepscursussen gehouden", "Individuele SOS-cursussen afgerond", "Gedetineerden in Back to the Future",
                     "Gedetineerden in de CAO-cursus", "Bemiddeld naar werk", "Ex-gedetineerden begeleid tijdens werk", "Actieve vrijwilligers" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        foreach (var target in new[] { "van 17", "van 70", "van 48", "van 44", "van 41", "van 26", "van 600" })
        {
            await Assertions.Expect(page.GetByText(target).First).ToBeVisibleAsync();
        }

        Assert.Equal(7, await targets.CountAsync());
        await Assertions.Expect(page.Locator("svg[role=img]")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_participant_s_page_shows_their_record_and_history()
    {
        var id = await new ApiSetup(system.Gateway).RegisterAsync("Anna de Boer", "E-100200");
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Phone);

        await page.ShowAsync($"/deelnemers/{id}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anna de Boer" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Statusgeschiedenis" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Deelname: gegeven op")).ToBeVisibleAsync();
        Assert.DoesNotContain("Anna", page.Url);
        await PageChecks.CheckAsync(page, "deelnemer-375");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_volunteer_start_page_loads_and_is_accessible_on_a_phone()
    {
        var page = await SignedInPage.OpenAsync(system, "volunteer", Viewports.Phone, Guid.NewGuid());

        await page.ShowAsync("/mijn");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn deelnemers" })).ToBeVisibleAsync();
        await PageChecks.CheckAsync(page, "mijn-herstelwerk-375");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_development_sign_in_page_says_it_is_for_development_only()
    {
        var page = await SignedInPage.NewTabAsync(system, Viewports.Phone);

        await page.GotoAsync("/ontwikkeling/aanmelden");

        await Assertions.Expect(page.GetByText("Alleen voor ontwikkeling.")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(page, "aanmelden-ontwikkeling-375");
        await page.Context.CloseAsync();
    }

    // Beheer (admin): every page at both widths, and the import's check with errors in Dutch.
    public static TheoryData<string, string> AdminPages => new()
    {
        { "/beheer", "beheer" },
        { "/beheer/vrijwilligers-importeren", "vrijwilligers-importeren" },
        { "/beheer/wissen", "wissen" },
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task An_admin_page_loads_and_is_accessible_at_both_widths(string path, string name)
    {
        foreach (var (viewport, width) in new[] { (Viewports.Phone, "375"), (Viewports.Desktop, "1440") })
        {
            var page = await SignedInPage.OpenAsync(system, "admin", viewport);
            await page.ShowAsync(path);
            await PageChecks.CheckAsync(page, $"{name}-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_import_check_lists_each_line_s_errors_in_Dutch_at_both_widths()
    {
        var file = "naam;email;regio;talen;capaciteit;status;vog_afgegeven_op\r\n"
            + $"Eva Dekker;eva@{Guid.NewGuid():N}.invalid;Utrecht;nl;2;actief;\r\n"
            + ";geen-adres;Utrecht;nl;1;aangemeld;31-02-2021\r\n";
        foreach (var (viewport, width) in new[] { (Viewports.Phone, "375"), (Viewports.Desktop, "1440") })
        {
            var page = await SignedInPage.OpenAsync(system, "admin", viewport);
            await page.ShowAsync("/beheer/vrijwilligers-importeren");
            await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload { Name = "vrijwilligers.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(file) });
            await page.FluentButton("Controleren").ClickAsync();

            var errors = page.Locator("table.import-errors tbody tr");
            await Assertions.Expect(errors.Filter(new() { HasText = "Bij deze status hoort een afgegeven VOG" }).Locator("td").First).ToHaveTextAsync("2");
            await Assertions.Expect(errors.Filter(new() { HasText = "Dit is geen geldig e-mailadres." }).Locator("td").First).ToHaveTextAsync("3");
            await Assertions.Expect(errors.Filter(new() { HasText = "Vul dit veld in." })).ToContainTextAsync("naam");
            await Assertions.Expect(errors.Filter(new() { HasText = "Schrijf de datum als dd-mm-jjjj of jjjj-mm-dd." })).ToContainTextAsync("vog_afgegeven_op");
            await Assertions.Expect(page.FluentButton("1 vrijwilligers importeren")).ToHaveCountAsync(0);
            await PageChecks.CheckAsync(page, $"vrijwilligers-importeren-fouten-{width}");
            await page.Context.CloseAsync();
        }
    }
}
