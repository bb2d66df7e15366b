using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HerstelWerk.Testing;
using HerstelWerk.Web.Gateway;
using HerstelWerk.Web.Localization;
using HerstelWerk.Web.Pages.Deelnemers;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>
/// Every word the console shows comes from Text.resx (Dutch) and Text.en.resx (English): a key used in
/// a component but missing in Dutch fails here, and so does a Dutch key without an English one.
/// </summary>
public sealed partial class TextResourcesTests
{
    private static readonly ResourceManager Resources = new(typeof(Text).FullName!, typeof(Text).Assembly);

    [Fact]
    public void Every_key_a_component_uses_has_Dutch_text()
    {
        var used = Directory.EnumerateFiles(RepositoryFiles.Path("web"), "*.*", SearchOption.AllDirectories)
            .Where(file => (file.EndsWith(".razor") || file.EndsWith(".cs")) && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.True(used.Count > 100, $"only {used.Count} keys found: is the scan looking in the right place?");
        var missing = used.Where(key => string.IsNullOrWhiteSpace(Dutch(key))).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_choice_the_API_names_has_Dutch_text()
    {
        var keys = ParticipantTexts.Statuses.Select(s => $"ParticipantStatus_{s}")
            .Concat(ParticipantTexts.Groups.Select(g => $"ParticipantGroup_{g}"))
            .Concat(ContactChannels.All.Select(c => $"ContactChannel_{c}"))
            .Concat(ProgressClient.Services.Select(s => $"Service_{s}"))
            .Concat(new[] { "coordinator", "adviser", "volunteer", "admin" }.Select(r => $"Role_{r}"))
            .Concat(VolunteerChoices.VogStandings.Select(v => $"VogStanding_{v}"))
            .Concat(VolunteerChoices.Statuses.Select(v => $"VolunteerStatus_{v}"))
            .Concat(new[] { "visitor", "sos-trainer", "cao-trainer", "back-to-the-future", "aftercare-buddy" }.Select(r => $"VolunteerRole_{r}"))
            .Concat(Presences.All.Select(p => $"Presence_{p}"))
            .Concat(new[] { "Waiting", "Enrolled", "Completed", "Ended" }.Select(e => $"EnrolmentStatus_{e}"))
            .Concat(new[] { "Participation", "PartnerSharing" }.Select(p => $"ConsentPurpose_{p}"))
            .Concat(AftercareChoices.Conditions.Select(c => $"AftercareCondition_{c}"))
            .Concat(AftercareChoices.ConditionStandings.Select(c => $"AftercareConditionStatus_{c}"))
            .Concat(AftercareChoices.Outcomes.Select(o => $"AftercareOutcome_{o}"))
            .Concat(VolunteerChoices.Roles.Select(r => $"VolunteerRole_{r}"))
            .Concat(VolunteerChoices.VogOutcomes.Prepend("Requested").Select(o => $"Volunteer_Vog_{o}"))
            .Concat(EndReasons.All.Select(r => $"Run_EndReason_{r}"))
            .Concat(PlacementChoices.Stages.Select(s => $"Placement_Stage_{s}"))
            .Concat(PlacementChoices.ClosedReasons.Concat(PlacementChoices.SystemClosedReasons).Select(r => $"Placement_Closed_{r}"))
            .Concat(PlacementChoices.EndReasons.Select(r => $"Placement_End_{r}"))
            .Concat(PlacementChoices.VacancyStatuses.Select(s => $"Placement_VacancyStatus_{s}"))
            .Concat(PlacementChoices.VisitOutcomes.Select(o => $"Placement_Outcome_{o}"))
            .Concat(new[] { "CaoCompleted", "Referred" }.Select(s => $"Placement_Source_{s}"))
            .Concat(new[] { "ConsentWithdrawn", "Erased" }.Select(c => $"Placement_Closure_{c}"));

        var missing = keys.Where(key => string.IsNullOrWhiteSpace(Dutch(key))).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Dutch_and_English_have_the_same_keys()
    {
        var dutch = KeysOf("Text.resx");
        var english = KeysOf("Text.en.resx");

        Assert.Empty(english.Except(dutch));
        Assert.Empty(dutch.Except(english));
        Assert.Equal("Deelnemers", Dutch("Nav_Participants"));
        Assert.Equal("Participants", Resources.GetString("Nav_Participants", CultureInfo.GetCultureInfo(ConsoleLocalization.English)));
    }

    [Fact]
    public void Dates_are_written_day_month_year_in_Amsterdam()
    {
        Assert.Equal("01-03-2027", Dates.Show(new DateOnly(2027, 3, 1)));
        // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
        Assert.Equal("01-01-2027 00:30", Dates.Show(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    private static string? Dutch(string key) => Resources.GetString(key, CultureInfo.GetCultureInfo(ConsoleLocalization.Dutch));

    private static HashSet<string> KeysOf(string file) =>
        [.. XDocument.Load(RepositoryFiles.Path($"web/Localization/{file}")).Root!.Elements("data").Select(data => (string)data.Attribute("name")!)];

    [GeneratedRegex("""L\["([A-Za-z_]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
