using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Testing;
using Microsoft.Playwright;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>Every page, as the role it is for, on a phone and a desktop: it loads, passes axe, and is photographed.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsolePagesTests(ConsoleFixture system)
{
    private readonly ApiSetup _setup = new(system.Gateway);

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

    // Arbeidsbemiddeling: each page as an adviser (the menu offers it to advisers and coordinators).
    public static TheoryData<string, string> PlacementPages => new()
    {
        { "/arbeidsbemiddeling", "arbeidsbemiddeling-bord" },
        { "/arbeidsbemiddeling/kandidaten", "kandidaten" },
        { "/arbeidsbemiddeling/werkgevers", "werkgevers" },
        { "/arbeidsbemiddeling/vacatures", "vacatures" },
        { "/arbeidsbemiddeling/bezoeken", "werkgeversbezoeken" },
        { "/arbeidsbemiddeling/werkbehoud", "werkbehoud" },
    };

    [Theory]
    [MemberData(nameof(PlacementPages))]
    public async Task A_placement_page_loads_for_an_adviser_and_is_accessible_at_both_widths(string path, string name)
    {
        foreach (var (viewport, width) in new[] { (Viewports.Phone, "375"), (Viewports.Desktop, "1440") })
        {
            var page = await SignedInPage.OpenAsync(system, "adviser", viewport, subject: "adviser-pages");
            await page.ShowAsync(path);
            await Assertions.Expect(page.Locator("nav.sub-nav a.active")).ToHaveCountAsync(1);
            await PageChecks.CheckAsync(page, $"{name}-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_candidate_an_employer_a_vacancy_and_a_visit_open_for_an_adviser_and_are_accessible_at_both_widths()
    {
        var setup = new ApiSetup(system.Gateway);
        var candidateId = await setup.CandidateAsync(await setup.RegisterAsync("Lotte Mulder", "K-520318"));
        var employerId = await setup.EmployerAsync("Hoveniersbedrijf Het Groen", "groen");
        var vacancyId = await setup.VacancyAsync(employerId, "Hovenier");
        var visitId = await setup.VisitAsync(employerId, candidateId);
        var records = new[]
        {
            ($"/arbeidsbemiddeling/kandidaten/{candidateId}", "kandidaat", $"Kandidaat {candidateId.ToString()[..8]}"),
            ($"/arbeidsbemiddeling/werkgevers/{employerId}", "werkgever", "Hoveniersbedrijf Het Groen"),
            ($"/arbeidsbemiddeling/vacatures/{vacancyId}", "vacature", "Hovenier"),
            ($"/arbeidsbemiddeling/bezoeken/{visitId}", "werkgeversbezoek", $"Bezoek van Hoveniersbedrijf Het Groen op {DateTime.UtcNow:dd-MM-yyyy}"),
        };

        foreach (var (path, name, heading) in records)
        {
            foreach (var (viewport, width) in new[] { (Viewports.Phone, "375"), (Viewports.Desktop, "1440") })
            {
                var page = await SignedInPage.OpenAsync(system, "adviser", viewport, subject: "adviser-pages");
                await page.ShowAsync(path);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
                Assert.DoesNotContain("Lotte", await page.ContentAsync());
                await PageChecks.CheckAsync(page, $"{name}-{width}");
                await page.Context.CloseAsync();
            }
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
        var volunteerId = await new ApiSetup(system.Gateway).ActiveBuddyAsync("Noor Kiesbaar");
        var page = await SignedInPage.NewTabAsync(system, Viewports.Phone);

        await page.GotoAsync("/ontwikkeling/aanmelden");

        await Assertions.Expect(page.GetByText("Alleen voor ontwikkeling.")).ToBeVisibleAsync();
        // An active volunteer is offered to be signed in as, by name, with the id as the value.
        await Assertions.Expect(page.Locator($"datalist#vrijwilligers option[value='{volunteerId}']")).ToHaveTextAsync("Noor Kiesbaar · Noord-Brabant");
        await PageChecks.CheckAsync(page, "aanmelden-ontwikkeling-375");
        await page.Context.CloseAsync();
    }

    // --- Nazorg, Vrijwilligers and Cursussen details (issue 13, their missing pieces) ---

    /// <summary>
    /// A coordinator opens a trajectory from /nazorg, records a basic condition and a contact, sees the
    /// closing rule refuse "Afgerond" this early, and closes it as lost contact after confirming.
    /// </summary>
    [Fact]
    public async Task A_trajectory_s_page_records_a_condition_and_a_contact_and_closes_only_by_the_rules()
    {
        var participantId = await _setup.RegisterAsync("Ilse Mulder", "J-410072");
        var trajectoryId = await _setup.ReleaseIntoAftercareAsync(participantId, daysAgo: 20);
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Phone);
        await page.ShowAsync("/nazorg");
        await page.Locator($"tr[data-trajectory='{trajectoryId}'] a").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nazorg van Ilse Mulder", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith($"/nazorg/{trajectoryId}", page.Url);

        // Someone else records the debts meanwhile: the page's ETag is stale, so the first try says so,
        // shows their change and keeps the choice; the second is saved.
        var housing = page.Locator("li[data-condition='Housing']");
        await Assertions.Expect(housing).ToContainTextAsync("Onbekend");
        await _setup.RecordConditionAsync(trajectoryId, "Debts", "InProgress");
        await housing.GetByLabel("Nieuwe stand van Woonruimte").SelectOptionAsync("Arranged");
        await housing.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(page.GetByText("Iemand anders heeft dit intussen gewijzigd.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("li[data-condition='Debts'] .condition-status")).ToContainTextAsync("Bezig");
        await Assertions.Expect(housing.GetByLabel("Nieuwe stand van Woonruimte")).ToHaveValueAsync("Arranged");
        await housing.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(housing.Locator(".condition-status")).ToContainTextAsync("Geregeld");

        await page.FluentButton("Contact vastleggen").ClickAsync();
        await page.GetByText("Telefoon").ClickAsync();
        await page.FluentButton("Opslaan").First.ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=contacten] table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("dl.facts")).Not.ToContainTextAsync("achterstallig");
        await PageChecks.CheckAsync(page, "nazorg-traject-375");

        var close = page.Locator("form:has(h3:text-is('Afsluiten'))");
        Assert.NotNull(await close.Locator("fluent-button").GetAttributeAsync("disabled")); // not before the confirmation
        await close.GetByLabel("Ik weet het zeker", new() { Exact = false }).CheckAsync();
        await close.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(close.GetByText("Dit kan niet:")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(Viewports.Desktop.Width, Viewports.Desktop.Height);
        await PageChecks.CheckAsync(page, "nazorg-traject-regel-1440");

        await close.GetByLabel("Hoe het afliep").SelectOptionAsync("LostContact");
        await close.GetByLabel("Reden").FillAsync("Niet meer bereikbaar na verhuizing.");
        await close.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts dd").First).ToContainTextAsync("Contact verloren");
        var closed = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/aftercare/trajectories/{trajectoryId}");
        Assert.Equal("LostContact", closed.GetProperty("closure").GetProperty("outcome").GetString());
        Assert.Equal("Arranged", closed.GetProperty("checklist").EnumerateArray().Single(c => c.GetProperty("condition").GetString() == "Housing").GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, string> DetailListPages => new()
    {
        { "/vrijwilligers/maatjes", "vrijwilligers-maatjes" },
        { "/vrijwilligers/uren", "vrijwilligers-uren" },
    };

    [Theory]
    [MemberData(nameof(DetailListPages))]
    public async Task A_coordinator_s_volunteer_work_page_loads_and_is_accessible_at_both_widths(string path, string name) =>
        await A_staff_page_loads_and_is_accessible_at_both_widths("coordinator", path, name);

    /// <summary>
    /// From a trajectory without a buddy to "Maatje zoeken": Volunteers' suggestions with their reasons in
    /// Dutch, one assigned, and the volunteer then sees the participant on /mijn. On the volunteer's page
    /// the coordinator records a training, a pass (then revokes it after confirming) and a VOG request
    /// with its outcome, downloads the hours as CSV through the console, and ends the assignment.
    /// </summary>
    [Fact]
    public async Task A_coordinator_assigns_a_suggested_buddy_and_manages_the_volunteer_s_record()
    {
        var volunteerId = await _setup.ActiveBuddyAsync("Femke Zeeuw", region: "Zeeland");
        var participantId = await _setup.RegisterAsync("Ahmed Kaya", "K-520318");
        var trajectoryId = await _setup.ReleaseIntoAftercareAsync(participantId, daysAgo: 3);
        await LocalSystemFixture<Projects.AppHost>.EventuallyHoldsAsync(async () =>
            (await system.Gateway.GetAsync($"/api/volunteers/suggestions?participantId={participantId}&role=aftercare-buddy")).IsSuccessStatusCode,
            "Volunteers to know the participant");
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await page.ShowAsync($"/nazorg/{trajectoryId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Maatje zoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Voorgestelde vrijwilligers voor Ahmed Kaya" })).ToBeVisibleAsync();

        await page.GetByLabel("Regio van de deelnemer", new() { Exact = false }).FillAsync("Zeeland");
        await page.FluentButton("Voorstellen tonen").ClickAsync();
        var suggestion = page.Locator($"li.card[data-volunteer='{volunteerId}']");
        await Assertions.Expect(suggestion).ToContainTextAsync("woont in Zeeland");
        await Assertions.Expect(suggestion).ToContainTextAsync("3 van 3 plaatsen vrij");
        await PageChecks.CheckAsync(page, "vrijwilligers-maatje-voorstellen-1440");
        await suggestion.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(page.GetByText("Femke Zeeuw is gekoppeld aan Ahmed Kaya.")).ToBeVisibleAsync();
        await LocalSystemFixture<Projects.AppHost>.EventuallyHoldsAsync(async () =>
            (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/aftercare/trajectories/{trajectoryId}")).GetProperty("buddy").ValueKind == JsonValueKind.Object,
            "Aftercare to link the buddy");

        var volunteer = await SignedInPage.OpenAsync(system, "volunteer", Viewports.Phone, volunteerId);
        await volunteer.ShowAsync("/mijn");
        await Assertions.Expect(volunteer.Locator(".card", new() { HasText = participantId.ToString()[..8] })).ToBeVisibleAsync();
        await volunteer.Context.CloseAsync();

        await page.ShowAsync($"/vrijwilligers/{volunteerId}");
        var assignment = page.Locator("section[aria-labelledby=koppelingen] li[data-assignment]");
        await Assertions.Expect(assignment).ToContainTextAsync("Ahmed Kaya");

        var training = page.Locator("form:has(h3:text-is('Training vastleggen'))");
        await training.GetByLabel("Naam van de training").FillAsync("Gespreksvaardigheden");
        await training.GetByLabel("Bevoegd voor rol").SelectOptionAsync("visitor");
        await training.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=trainingen]")).ToContainTextAsync("Gespreksvaardigheden (bevoegd als bezoeker)", new() { IgnoreCase = true });

        var pass = page.Locator("form:has(h3:text-is('Pas toekennen of verlengen'))");
        await pass.GetByLabel("PI", new() { Exact = true }).SelectOptionAsync("pi-vught");
        await pass.Locator("fluent-button").ClickAsync();
        var vught = page.Locator("li[data-pass='pi-vught']");
        await Assertions.Expect(vught).ToBeVisibleAsync();
        await vught.Locator("fluent-button", new() { HasText = "Pas intrekken" }).ClickAsync();
        await Assertions.Expect(vught).ToContainTextAsync("vandaag intrekken?");
        await vught.Locator("fluent-button", new() { HasText = "Ja" }).ClickAsync();
        await Assertions.Expect(vught).ToContainTextAsync("ingetrokken op");

        await page.FluentButton("VOG aangevraagd").ClickAsync();
        var open = page.Locator("section[aria-labelledby=vog] li", new() { HasText = "in behandeling bij Justis" });
        await Assertions.Expect(open).ToHaveCountAsync(1);
        await open.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(open).ToHaveCountAsync(0);
        await PageChecks.CheckAsync(page, "vrijwilliger-dossier-1440");
        await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        await PageChecks.CheckAsync(page, "vrijwilliger-dossier-375");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("section[aria-labelledby=uren] a[download]").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Femke Zeeuw", csv);
        Assert.DoesNotContain("Femke", download.Url);
        Assert.Matches("^vrijwilligersuren-\\d{4}-[0-9a-f]{8}\\.csv$", download.SuggestedFilename);

        await assignment.Locator("fluent-button", new() { HasText = "Koppeling beëindigen" }).ClickAsync();
        await assignment.Locator("fluent-button", new() { HasText = "Ja" }).ClickAsync();
        await Assertions.Expect(assignment).ToContainTextAsync("tot ");
        var ended = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/volunteers/assignments?volunteerId={volunteerId}");
        Assert.Equal(0, ended.GetProperty("totalCount").GetInt32());
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A run's page: a suggested trainer assigned, a held session showing what was recorded (not what
    /// the grid would send), and an enrolment ended after confirming, so the first on the waiting list
    /// moves up. The participant's page then lists the enrolment with its run.
    /// </summary>
    [Fact]
    public async Task A_run_s_page_assigns_a_suggested_trainer_shows_recorded_presence_and_ends_an_enrolment()
    {
        var trainerId = await _setup.ActiveBuddyAsync("Joost Verbeek");
        await _setup.QualifyAsTrainerAtVughtAsync(trainerId, "cao-trainer");
        var first = await _setup.RegisterAsync("Lotte Brouwer", "L-630144");
        var second = await _setup.RegisterAsync("Mirjam Dekker", "M-630145");
        var runId = await _setup.ScheduleRunAsync("cao", capacity: 1, sessions: 5);
        await _setup.EnrolAsync(runId, first);
        await _setup.EnrolAsync(runId, second);
        await LocalSystemFixture<Projects.AppHost>.EventuallyHoldsAsync(async () =>
        {
            var answer = await system.Gateway.GetAsync($"/api/volunteers/runs/{runId}/trainer-suggestions");
            return answer.IsSuccessStatusCode && (await answer.Content.ReadAsStringAsync()).Contains(trainerId.ToString());
        }, "Volunteers to suggest the trainer");

        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await page.ShowAsync($"/cursussen/{runId}");
        var suggested = page.Locator($"section[aria-labelledby=trainers] li.card[data-volunteer='{trainerId}']");
        await Assertions.Expect(suggested).ToContainTextAsync("kan trainen tot de laatste bijeenkomst");
        await suggested.Locator("fluent-button").ClickAsync();
        await Assertions.Expect(page.Locator($"li[data-trainer='{trainerId}']")).ToContainTextAsync("Joost Verbeek");

        var lotte = page.Locator("table.attendance tbody tr", new() { HasText = "Lotte Brouwer" });
        await lotte.GetByLabel("Lotte Brouwer, bijeenkomst 1").SelectOptionAsync("Absent");
        await page.FluentButton("1 vastleggen").ClickAsync();
        await Assertions.Expect(lotte.Locator(".recorded[data-session='1']")).ToHaveTextAsync("Afwezig");
        await Assertions.Expect(page.Locator("section[aria-labelledby=wachtlijst]")).ToContainTextAsync("Mirjam Dekker");
        await PageChecks.CheckAsync(page, "cursus-trainer-1440");

        await lotte.Locator("fluent-button", new() { HasText = "Beëindigen" }).ClickAsync();
        await lotte.GetByLabel("Reden").SelectOptionAsync("DroppedOut");
        await PageChecks.CheckAsync(page, "cursus-beeindigen-1440");
        await lotte.Locator("fluent-button", new() { HasText = "Ja" }).ClickAsync();
        await Assertions.Expect(lotte).ToContainTextAsync("gestopt");
        var mirjam = page.Locator("table.attendance tbody tr", new() { HasText = "Mirjam Dekker" });
        await Assertions.Expect(mirjam).ToContainTextAsync("Ingeschreven");
        await Assertions.Expect(page.Locator("section[aria-labelledby=wachtlijst]")).ToHaveCountAsync(0);
        await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        await PageChecks.CheckAsync(page, "cursus-trainer-375");

        await page.ShowAsync($"/deelnemers/{first}");
        var enrolment = page.Locator($"section[aria-labelledby=cursussen] li[data-run='{runId}']");
        await Assertions.Expect(enrolment).ToContainTextAsync("gestopt");
        await PageChecks.CheckAsync(page, "deelnemer-cursussen-375");
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
