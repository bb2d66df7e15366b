using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>What people do in the console, end to end through the gateway and the services.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleFlowsTests(ConsoleFixture system)
{
    private readonly ApiSetup _setup = new(system.Gateway);

    [Fact]
    public async Task An_intake_with_a_mistake_names_the_field_keeps_what_was_typed_and_then_registers_once()
    {
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Phone);
        await page.ShowAsync("/deelnemers/nieuw");

        // No name, and a language code the API refuses: it names both fields; the rest stays as typed.
        await page.GetByLabel("Geboortedatum").FillAsync("1988-06-14");
        await page.GetByLabel("Registratienummer PI").FillAsync("A-771204");
        await page.GetByLabel("PI", new() { Exact = true }).SelectOptionAsync("pi-vught");
        await page.GetByLabel("Verwachte vrijlating").FillAsync("2027-05-01");
        await page.GetByLabel("Contacttaal").FillAsync("Nederlands");
        await page.FluentButton("Deelnemer inschrijven").ClickAsync();

        // In the coordinator's language, not the API's English ("The fullName field is required.").
        await Assertions.Expect(page.Locator("#fullName-fout")).ToHaveTextAsync("Vul dit veld in.");
        await Assertions.Expect(page.Locator("#contactLanguage-fout")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Controleer de gemarkeerde velden.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Registratienummer PI")).ToHaveValueAsync("A-771204");
        await Assertions.Expect(page.GetByLabel("Verwachte vrijlating")).ToHaveValueAsync("2027-05-01");
        await PageChecks.CheckAsync(page, "intake-fouten-375");

        await page.GetByLabel("Naam").FillAsync("Mehmet Yilmaz");
        await page.GetByLabel("Contacttaal").FillAsync("tr");
        await page.FluentButton("Deelnemer inschrijven").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mehmet Yilmaz" })).ToBeVisibleAsync();
        Assert.Matches("/deelnemers/[0-9a-f-]{36}$", page.Url);
        var found = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/courses/participants?search=A-771204");
        Assert.Equal(1, found.GetProperty("totalCount").GetInt32());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Searching_finds_a_participant_without_the_name_in_the_address()
    {
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await _setup.RegisterAsync("Fatima el Amrani", "B-300411");
        await page.ShowAsync("/deelnemers");

        await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync("el Amrani");
        await page.FluentButton("Zoeken").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Fatima el Amrani" })).ToBeVisibleAsync();
        Assert.DoesNotContain("Amrani", page.Url);

        // The order is the API's, applied before paging: the later intake comes first by default, and
        // by name Fatima comes before Zainab (choosing an order searches again at once).
        await _setup.RegisterAsync("Zainab el Amrani", "B-300412");
        await page.FluentButton("Zoeken").ClickAsync();
        var names = page.Locator("main table tbody tr a");
        await Assertions.Expect(names).ToHaveTextAsync(["Zainab el Amrani", "Fatima el Amrani"]);
        await page.GetByLabel("Sorteren").SelectOptionAsync("Name");
        await Assertions.Expect(names).ToHaveTextAsync(["Fatima el Amrani", "Zainab el Amrani"]);
        Assert.DoesNotContain("Amrani", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_session_cookie_holds_no_token_the_browser_can_read()
    {
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);

        var cookies = await page.Context.CookiesAsync();
        var session = Assert.Single(cookies, cookie => cookie.Name == "__Host-herstelwerk");

        Assert.True(session.HttpOnly);
        Assert.True(session.Secure);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        // A JWT starts with "eyJ"; the ticket is encrypted, so none appears in any cookie or in the page.
        Assert.DoesNotContain(cookies, cookie => cookie.Value.Contains("eyJ", StringComparison.Ordinal));
        Assert.DoesNotContain("eyJ", await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task English_is_one_click_away_and_stays_chosen()
    {
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await page.ShowAsync("/deelnemers");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Participants", Level = 1 })).ToBeVisibleAsync();
        await page.ShowAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Targets", Level = 1 })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Issue 13, flow 5: a volunteer types the address of a trajectory that is not theirs, and sees nothing of it.</summary>
    [Fact]
    public async Task A_volunteer_cannot_open_another_volunteer_s_participant_by_its_address()
    {
        var participantId = await _setup.RegisterAsync("Johan Smit", "C-118877");
        var trajectoryId = await _setup.ReleaseIntoAftercareAsync(participantId, daysAgo: 1);
        var page = await SignedInPage.OpenAsync(system, "volunteer", Viewports.Phone, Guid.NewGuid());

        await page.ShowAsync($"/mijn/trajecten/{trajectoryId}");

        await Assertions.Expect(page.GetByText("Niet gevonden, of u heeft er geen toegang toe.")).ToBeVisibleAsync();
        var content = await page.ContentAsync();
        Assert.DoesNotContain(participantId.ToString()[..8], content);
        Assert.DoesNotContain("Johan", content);
        await page.ShowAsync("/mijn");
        await Assertions.Expect(page.GetByText("U heeft nu geen deelnemers in de nazorg.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 13, flow 2: a volunteer on a phone logs a contact for their participant in three taps from
    /// the start page, and the participant leaves the coordinator's overdue list.
    /// </summary>
    [Fact]
    public async Task A_volunteer_logs_a_contact_on_a_phone_and_the_coordinator_s_overdue_list_changes()
    {
        var volunteerId = await _setup.ActiveBuddyAsync("Sanne Visser");
        var participantId = await _setup.RegisterAsync("Karim Bakker", "D-552013");
        // Released three weeks ago and not contacted since: the first contact was due after 14 days.
        var trajectoryId = await _setup.ReleaseIntoAftercareAsync(participantId, daysAgo: 21);
        await _setup.AssignBuddyAsync(volunteerId, participantId, trajectoryId);
        Assert.True(await _setup.IsOverdueAsync(participantId));

        var coordinator = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await coordinator.ShowAsync("/nazorg");
        var row = coordinator.Locator($"tr[data-trajectory='{trajectoryId}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await PageChecks.CheckAsync(coordinator, "nazorg-achterstallig-1440");

        var volunteer = await SignedInPage.OpenAsync(system, "volunteer", Viewports.Phone, volunteerId);
        await volunteer.ShowAsync("/mijn");
        var card = volunteer.Locator(".card", new() { HasText = participantId.ToString()[..8] });
        await Assertions.Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("overdue"));
        await PageChecks.CheckAsync(volunteer, "mijn-herstelwerk-achterstallig-375");

        await card.Locator("fluent-button", new() { HasText = "Contact vastleggen" }).ClickAsync(); // tap 1
        await card.GetByText("Telefoon").ClickAsync();                                                // tap 2
        await PageChecks.CheckAsync(volunteer, "contact-vastleggen-375");
        await card.Locator("fluent-button", new() { HasText = "Opslaan" }).ClickAsync();             // tap 3

        await Assertions.Expect(volunteer.GetByText("Contact opgeslagen.")).ToBeVisibleAsync();
        Assert.False(await _setup.IsOverdueAsync(participantId));
        await coordinator.ShowAsync("/nazorg");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await volunteer.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_release_in_the_future_shows_the_rule_and_one_today_is_recorded()
    {
        var id = await _setup.RegisterAsync("Petra Jansen", "F-204466");
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await page.ShowAsync($"/deelnemers/{id}");
        var release = page.Locator("form:has(h3:text-is('Vrijlating'))");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        await release.GetByLabel("Vrijgelaten op").FillAsync(tomorrow);
        await release.Locator("fluent-button").ClickAsync();

        await Assertions.Expect(release.GetByText("Dit kan niet:")).ToBeVisibleAsync();
        await Assertions.Expect(release.GetByLabel("Vrijgelaten op")).ToHaveValueAsync(tomorrow);
        await PageChecks.CheckAsync(page, "deelnemer-regel-1440");

        await release.GetByLabel("Vrijgelaten op").FillAsync(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"));
        await release.Locator("fluent-button").ClickAsync();

        await Assertions.Expect(page.Locator("dl.facts dd").First).ToHaveTextAsync("Vrijgekomen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_edit_of_data_someone_changed_meanwhile_says_what_changed_and_keeps_what_was_typed()
    {
        var id = await _setup.RegisterAsync("Ruud de Wit", "G-310020");
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Phone);
        await page.ShowAsync($"/deelnemers/{id}");
        await _setup.ChangePrisonNumberAsync(id, "G-310021");
        var edit = page.Locator("form:has(h3:text-is('Persoonsgegevens corrigeren'))");

        await edit.GetByLabel("Naam").FillAsync("Ruud de Witt");
        await edit.Locator("fluent-button", new() { HasText = "Opslaan" }).ClickAsync();

        await Assertions.Expect(edit.GetByText("Iemand anders heeft deze deelnemer intussen gewijzigd.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(edit.GetByText("Registratienummer PI: was G-310020, nu G-310021")).ToBeVisibleAsync();
        await Assertions.Expect(edit.GetByLabel("Naam")).ToHaveValueAsync("Ruud de Witt");
        await PageChecks.CheckAsync(page, "deelnemer-412-375");

        await edit.Locator("fluent-button", new() { HasText = "Nieuwste versie laden" }).ClickAsync();
        await Assertions.Expect(edit.GetByLabel("Registratienummer PI")).ToHaveValueAsync("G-310021");
        await edit.GetByLabel("Naam").FillAsync("Ruud de Witt");
        await edit.Locator("fluent-button", new() { HasText = "Opslaan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ruud de Witt", Level = 1 })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 13, flow 1: a coordinator plans an SOS group run, enrols a participant, records its eight
    /// sessions in the attendance grid, and the target bar moves from 0 to 1 of 17.
    /// </summary>
    [Fact]
    public async Task A_coordinator_runs_an_SOS_group_course_to_its_end_and_the_target_bar_moves()
    {
        await _setup.RegisterAsync("Hanna Vermeulen", "H-900117");
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await page.ShowAsync("/");
        var sosGroup = page.Locator("article.figure", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "SOS-groepscursussen gehouden" }) });
        await Assertions.Expect(sosGroup.GetByText("0 van 17")).ToBeVisibleAsync();

        await page.ShowAsync("/cursussen");
        await page.GetByLabel("Cursus", new() { Exact = true }).SelectOptionAsync("sos-group");
        await page.GetByLabel("PI", new() { Exact = true }).SelectOptionAsync("pi-vught");
        await page.GetByLabel("Eerste bijeenkomst").FillAsync(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-56)).ToString("yyyy-MM-dd"));
        await page.FluentButton("Cursus plannen").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/cursussen/[0-9a-f-]{36}$"));
        await page.Locator(".loading").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await page.GetByLabel("Deelnemer zoeken (naam of registratienummer)").FillAsync("H-900117");
        await page.FluentButton("Zoeken").ClickAsync();
        await page.FluentButton("Inschrijven").ClickAsync();
        await Assertions.Expect(page.Locator("table.attendance tbody th", new() { HasText = "Hanna Vermeulen" })).ToBeVisibleAsync();
        await PageChecks.CheckAsync(page, "cursus-1440");

        for (var session = 1; session <= 8; session++)
        {
            await page.FluentButton($"{session} vastleggen").ClickAsync();
            await Assertions.Expect(page.GetByText("Gehouden", new() { Exact = true })).ToHaveCountAsync(session);
        }

        await Assertions.Expect(page.GetByText("Afgerond (8)")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(page, "cursus-afgerond-1440");
        await page.ShowAsync("/");
        await Assertions.Expect(sosGroup.GetByText("1 van 17")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 13, flow 3: an adviser gives a candidate a work profile, matches them to the vacancy Placement
    /// suggests, moves the card on the board to job start (a step dated before the match is refused with
    /// the rule), and the 41-target bar "Bemiddeld naar werk" (Placement's jobStarts) goes up by one.
    /// </summary>
    [Fact]
    public async Task An_adviser_moves_a_candidate_to_job_start_and_the_41_target_bar_moves()
    {
        var candidateId = await _setup.CandidateAsync(await _setup.RegisterAsync("Sem de Groot", "J-410233"));
        var employerId = await _setup.EmployerAsync("Kwekerij De Linde", "groenvoorziening");
        await _setup.VacancyAsync(employerId, "Medewerker kwekerij");
        var page = await SignedInPage.OpenAsync(system, "adviser", Viewports.Desktop, subject: "adviser-flow-3");
        await page.ShowAsync("/");
        var jobStarts = page.Locator("article.figure", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Bemiddeld naar werk" }) });
        var before = await JobStartsAsync(jobStarts);

        await page.ShowAsync($"/arbeidsbemiddeling/kandidaten/{candidateId}");
        await page.FluentButton("Aan mij toewijzen").ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts dd", new() { HasText = "adviser-flow-3" })).ToBeVisibleAsync();
        var profile = page.Locator("form:has(h3:text-is('Werkprofiel'))");
        await profile.GetByLabel("Voorkeurssectoren (codes, met komma's)").FillAsync("groenvoorziening");
        await profile.Locator("fluent-button", new() { HasText = "Opslaan" }).ClickAsync();
        // The saved profile puts the vacancy first, for the reason Placement gives, in Dutch.
        var suggestion = page.Locator(".suggestion").First;
        await Assertions.Expect(suggestion.GetByText("sector groenvoorziening hoort bij de voorkeuren van de kandidaat")).ToBeVisibleAsync();
        await Assertions.Expect(suggestion).ToContainTextAsync("Medewerker kwekerij");
        await PageChecks.CheckAsync(page, "kandidaat-suggesties-1440");
        await suggestion.Locator("fluent-button", new() { HasText = "Koppelen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".pipeline-card h3", new() { HasText = "Gekoppeld" })).ToBeVisibleAsync();

        await page.ShowAsync("/arbeidsbemiddeling");
        var card = page.Locator($".pipeline-card[data-candidate='{candidateId}']");
        await Assertions.Expect(page.Locator("#kolom-Matched ~ .cards").Locator(card)).ToHaveCountAsync(1);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd");
        await card.GetByLabel("Naar fase").SelectOptionAsync("Interview");
        await card.GetByLabel("Datum").FillAsync(yesterday);
        await card.Locator("fluent-button", new() { HasText = "Opslaan" }).ClickAsync();
        await Assertions.Expect(card.GetByText("Dit kan niet:")).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByLabel("Datum")).ToHaveValueAsync(yesterday);
        await PageChecks.CheckAsync(page, "arbeidsbemiddeling-regel-1440");

        foreach (var (stage, column) in new[] { ("Interview", "Interview"), ("Offer", "Offer"), ("JobStarted", "JobStarted") })
        {
            await card.GetByLabel("Naar fase").SelectOptionAsync(stage);
            await card.GetByLabel("Datum").FillAsync(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"));
            await card.Locator("fluent-button", new() { HasText = "Opslaan" }).ClickAsync();
            await Assertions.Expect(page.Locator($"#kolom-{column} ~ .cards").Locator(card)).ToHaveCountAsync(1);
        }

        await PageChecks.CheckAsync(page, "arbeidsbemiddeling-aan-het-werk-1440");
        await page.ShowAsync("/");
        await Assertions.Expect(jobStarts.GetByText($"{before + 1} van 41")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>The figure's value as the page writes it: "3 van 41".</summary>
    private static async Task<int> JobStartsAsync(ILocator figure)
    {
        var text = await figure.Locator(".figure-value strong").InnerTextAsync();
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(\d+) van 41$");
        Assert.True(match.Success, $"the jobStarts figure reads '{text}'");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_coordinator_finds_a_volunteer_sees_the_VOG_re_check_and_moves_them_on_in_their_lifecycle()
    {
        var volunteerId = await _setup.ActiveBuddyAsync("Wim Hendriks");
        var page = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Phone);
        await page.ShowAsync("/vrijwilligers");

        await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync("Wim Hendriks");
        await page.FluentButton("Zoeken").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Wim Hendriks" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wim Hendriks", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("(geldig)")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(page, "vrijwilliger-375");
        await page.FluentButton("Naar: Inactief").ClickAsync();

        await Assertions.Expect(page.Locator("dl.facts dd").First).ToContainTextAsync("Inactief");
        Assert.Contains(volunteerId.ToString(), page.Url);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Beheer: an admin imports volunteers from a spreadsheet. The check shows what would happen and
    /// saves nothing; the import creates them; the same file again creates no one.
    /// </summary>
    [Fact]
    public async Task An_admin_imports_volunteers_from_a_spreadsheet_once_and_a_second_import_creates_no_one()
    {
        var domain = $"{Guid.NewGuid():N}.invalid";
        var file = System.Text.Encoding.UTF8.GetBytes("\uFEFFnaam;email;regio;talen;capaciteit;status;vog_afgegeven_op;rollen;passen\r\n"
            + $"Noor Vermeer;noor@{domain};Noord-Brabant;nl|en;2;actief;15-03-2024;bezoeker;pi-vught\r\n"
            + $"Bas Kok;bas@{domain};Utrecht;nl;1;kennismaking;;;\r\n");
        var page = await SignedInPage.OpenAsync(system, "admin", Viewports.Desktop);
        await page.ShowAsync("/beheer/vrijwilligers-importeren");

        var template = await page.Context.APIRequest.GetAsync("/beheer/vrijwilligers-import.csv");
        Assert.Equal(200, template.Status);
        Assert.StartsWith("\uFEFFnaam;email;telefoon;regio", await template.TextAsync());

        async Task CheckAsync()
        {
            await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload { Name = "vrijwilligers.csv", MimeType = "text/csv", Buffer = file });
            // The file is read once on the server: the page says so, and a result shown before is gone.
            await Assertions.Expect(page.GetByText("Gekozen: vrijwilligers.csv")).ToBeVisibleAsync();
            await page.FluentButton("Controleren").ClickAsync();
        }

        await CheckAsync();
        await Assertions.Expect(page.GetByText("2 regels gelezen: 2 nieuwe vrijwilligers, 0 al aanwezig. Er is nog niets bewaard.")).ToBeVisibleAsync();
        Assert.Equal(0, (await system.Gateway.GetFromJsonAsync<JsonElement>("/api/volunteers?search=Noor Vermeer")).GetProperty("totalCount").GetInt32());
        await PageChecks.CheckAsync(page, "vrijwilligers-importeren-gecontroleerd-1440");

        await page.FluentButton("2 vrijwilligers importeren").ClickAsync();
        await Assertions.Expect(page.GetByText("2 regels gelezen: 2 vrijwilligers aangemaakt, 0 waren al aanwezig.")).ToBeVisibleAsync();
        var noor = (await system.Gateway.GetFromJsonAsync<JsonElement>("/api/volunteers?search=Noor Vermeer")).GetProperty("items")[0];
        Assert.Equal("Active", noor.GetProperty("status").GetString());

        await page.ShowAsync("/beheer/vrijwilligers-importeren");
        await CheckAsync();
        await Assertions.Expect(page.GetByText("2 regels gelezen: 0 nieuwe vrijwilligers, 2 al aanwezig. Er is nog niets bewaard.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("fluent-button", new() { HasText = "importeren" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 13, flow 4: an admin erases a participant. The name is gone from every page a coordinator
    /// opens (the search, the participant's page, the course run), and the Doelstellingen figure the
    /// participant counted toward stays as it was.
    /// </summary>
    [Fact]
    public async Task An_admin_erases_a_participant_the_name_is_gone_from_every_page_and_the_counts_stay()
    {
        var coordinator = await SignedInPage.OpenAsync(system, "coordinator", Viewports.Desktop);
        await coordinator.ShowAsync("/");
        var cao = coordinator.Locator("article.figure", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = "Gedetineerden in de CAO-cursus" }) });
        var before = await CountOfAsync(cao);
        // A surname no other test gives anyone: the pages are searched for it afterwards.
        var participantId = await _setup.RegisterAsync("Lotte Wisselink", "K-660042");
        var runId = await _setup.CaoRunWithAsync(participantId);
        await coordinator.ShowAsync("/");
        await Assertions.Expect(cao.Locator(".figure-value strong")).ToHaveTextAsync($"{before + 1} van 44");

        var admin = await SignedInPage.OpenAsync(system, "admin", Viewports.Phone);
        await admin.ShowAsync("/beheer/wissen");
        await admin.GetByLabel("Id van de deelnemer").FillAsync(participantId.ToString());
        await Assertions.Expect(admin.GetByText("In Cursussen: naam, geboortedatum, registratienummer PI")).ToBeVisibleAsync();
        await admin.FluentButton("Definitief wissen").ClickAsync();
        await Assertions.Expect(admin.GetByText("Vink eerst aan dat u begrijpt wat er wordt gewist.")).ToBeVisibleAsync();
        await admin.GetByLabel($"Ik begrijp dat de persoonsgegevens van deelnemer {participantId} definitief worden gewist.").CheckAsync();
        await admin.FluentButton("Definitief wissen").ClickAsync();
        await Assertions.Expect(admin.GetByText($"De persoonsgegevens van deelnemer {participantId} zijn gewist.")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(admin, "wissen-gedaan-375");

        await coordinator.ShowAsync("/deelnemers");
        await coordinator.GetByLabel("Zoeken", new() { Exact = true }).FillAsync("Wisselink");
        await coordinator.FluentButton("Zoeken").ClickAsync();
        await Assertions.Expect(coordinator.GetByText("Geen deelnemers gevonden.")).ToBeVisibleAsync();
        foreach (var path in new[] { $"/deelnemers/{participantId}", $"/cursussen/{runId}", "/deelnemers" })
        {
            await coordinator.ShowAsync(path);
            Assert.DoesNotContain("Wisselink", await coordinator.ContentAsync());
            Assert.DoesNotContain("K-660042", await coordinator.ContentAsync());
        }

        await coordinator.ShowAsync("/");
        await Assertions.Expect(cao.Locator(".figure-value strong")).ToHaveTextAsync($"{before + 1} van 44");
        await admin.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    private static async Task<int> CountOfAsync(ILocator figure)
    {
        var text = await figure.Locator(".figure-value strong").InnerTextAsync();
        return int.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
    }
}
