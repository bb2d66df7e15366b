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
        var page = await SignedInPage.NewTabAsync(system, Viewports.Phone);

        await page.GotoAsync("/ontwikkeling/aanmelden");

        await Assertions.Expect(page.GetByText("Alleen voor ontwikkeling.")).ToBeVisibleAsync();
        await PageChecks.CheckAsync(page, "aanmelden-ontwikkeling-375");
        await page.Context.CloseAsync();
    }
}
