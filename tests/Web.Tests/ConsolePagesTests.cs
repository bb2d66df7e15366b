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
        { "/beheer/taken", "taken" },
        { "/beheer/audit", "auditlog" },
        { "/beheer/pi", "pi" },
        { "/beheer/cursusregels", "cursusregels" },
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
            await Assertions.Expect(page.GetByText("Gekozen: vrijwilligers.csv")).ToBeVisibleAsync();
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

    [Fact]
    public async Task A_job_run_now_shows_what_it_did_and_the_audit_log_shows_who_ran_it()
    {
        var page = await SignedInPage.OpenAsync(system, "admin", Viewports.Phone, subject: "beheerder-7");
        await page.ShowAsync("/beheer/taken");
        var job = page.Locator("li[data-job='vog-recheck']");

        await job.Locator("fluent-button", new() { HasText = "Nu uitvoeren" }).ClickAsync();

        await Assertions.Expect(job.GetByText("Uitgevoerd op")).ToBeVisibleAsync();
        await Assertions.Expect(job.Locator("q[lang=en]")).ToContainTextAsync("VOG re-check");
        await PageChecks.CheckAsync(page, "taken-uitgevoerd-375");

        await page.ShowAsync("/beheer/audit");
        await page.GetByLabel("Dienst").SelectOptionAsync("volunteers");
        await page.GetByLabel("Gebruiker").FillAsync("beheerder-7");
        await page.FluentButton("Zoeken").ClickAsync();
        var row = page.Locator("table.audit tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Taak uitgevoerd");
        await Assertions.Expect(row).ToContainTextAsync("/api/volunteers/jobs/vog-recheck/runs");
        await PageChecks.CheckAsync(page, "auditlog-gebruiker-375");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_facility_changed_meanwhile_says_what_changed_keeps_what_was_typed_and_then_saves()
    {
        using var otherAdmin = await system.ClientAsAsync("admin");
        var page = await SignedInPage.OpenAsync(system, "admin", Viewports.Desktop);
        await page.ShowAsync("/beheer/pi");
        await page.Locator("tr[data-facility='pi-middelburg'] fluent-button").ClickAsync();
        var editor = page.Locator("form:has(#facilityCity)");
        await Assertions.Expect(editor.GetByLabel("Plaats")).ToHaveValueAsync("Middelburg");

        // Another admin closes the facility after this page read it.
        var read = await otherAdmin.GetAsync("/api/courses/facilities/pi-middelburg");
        using var close = new HttpRequestMessage(HttpMethod.Put, "/api/courses/facilities/pi-middelburg")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = "PI Middelburg", kind = "Penitentiary", city = "Middelburg", isActive = false }),
        };
        close.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        Assert.True((await otherAdmin.SendAsync(close)).IsSuccessStatusCode);

        await editor.GetByLabel("Plaats").FillAsync("Middelburg (Zeeland)");
        await editor.Locator("fluent-button", new() { HasText = "Opslaan" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Open (in gebruik): was ja, nu nee")).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByLabel("Plaats")).ToHaveValueAsync("Middelburg (Zeeland)");
        await PageChecks.CheckAsync(page, "pi-412-1440");

        await editor.Locator("fluent-button", new() { HasText = "Nieuwste versie laden" }).ClickAsync();
        await Assertions.Expect(editor.GetByLabel("Open (in gebruik)")).Not.ToBeCheckedAsync();
        await editor.GetByLabel("Open (in gebruik)").CheckAsync();
        await editor.Locator("fluent-button", new() { HasText = "Opslaan" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Opgeslagen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-facility='pi-middelburg']")).ToContainTextAsync("ja");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_facility_is_added_once_and_a_second_with_the_same_code_shows_the_rule()
    {
        var code = $"pi-test-{Guid.NewGuid():N}"[..20];
        var page = await SignedInPage.OpenAsync(system, "admin", Viewports.Phone);
        await page.ShowAsync("/beheer/pi");
        var add = page.Locator("form:has(#newFacilityId)");

        async Task AddAsync()
        {
            await add.GetByLabel("Code").FillAsync(code);
            await add.GetByLabel("Naam").FillAsync($"PI Proef {code}");
            await add.GetByLabel("Plaats").FillAsync("Proefdorp");
            await add.Locator("fluent-button", new() { HasText = "Toevoegen" }).ClickAsync();
        }

        await AddAsync();
        await Assertions.Expect(add.GetByText($"PI Proef {code} is toegevoegd.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"tr[data-facility='{code}']")).ToHaveCountAsync(1);

        await AddAsync();
        await Assertions.Expect(add.GetByText("Dit kan niet:")).ToBeVisibleAsync();
        await Assertions.Expect(add.GetByLabel("Plaats")).ToHaveValueAsync("Proefdorp");
        await PageChecks.CheckAsync(page, "pi-toevoegen-409-375");
        await page.Context.CloseAsync();
    }
}
