using System.Globalization;
using System.Text.RegularExpressions;
using HerstelWerk.Testing;
using HerstelWerk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>The services' rules (409) reach a coordinator in Dutch, the values they name too; and no service has a rule the console cannot say.</summary>
public sealed partial class RuleMessagesTests
{
    [Theory]
    [InlineData("The participant has no recorded consent to take part.", "Er is geen toestemming van de deelnemer voor deelname vastgelegd.")]
    [InlineData("Aftercare lasts at least 6 months after release: it can be completed from 2027-05-13, not on 2026-12-03.",
        "Nazorg duurt minstens 6 maanden na de vrijlating: afronden kan vanaf 13-05-2027, niet op 03-12-2026.")]
    [InlineData("A placement at Matched can move to Interview or Closed, not to JobStarted.",
        "Een traject in fase Gekoppeld kan naar Sollicitatiegesprek of Afgesloten, niet naar Aan het werk.")]
    [InlineData("A release cannot be dated before 2026-10-04, when the current stay began.",
        "Een vrijlating kan niet vóór 04-10-2026 gedateerd zijn, toen het huidige verblijf begon.")]
    [InlineData("Candidate 7 is not held at pi-vught (released on 2026-11-01).", "Kandidaat 7 verblijft niet in pi-vught (vrijgelaten op 01-11-2026).")]
    [InlineData("SOS, group has at least 5 sessions and at most 8.", "SOS, group heeft minstens 5 en hoogstens 8 bijeenkomsten.")]
    [InlineData("A group run of CAO takes 1 to 12 participants.", "Bij CAO (in groepen) zijn 1 tot 12 deelnemers mogelijk.")]
    [InlineData("A rule no service has yet.", "A rule no service has yet.")]
    public void Rules_are_said_in_Dutch_and_others_are_kept(string api, string shown)
    {
        Assert.Equal(shown, Dutch(api));
    }

    /// <summary>
    /// Every rule a service words (the text of each <c>...RuleException(...)</c> and <c>IsUniqueRule("...")</c>
    /// in services/), with each value it names filled in, has its Dutch text: a new rule fails here.
    /// </summary>
    [Fact]
    public void Every_rule_the_services_word_has_Dutch_text()
    {
        var rules = Directory.EnumerateFiles(RepositoryFiles.Path("services"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(file => RuleThrow().Matches(File.ReadAllText(file)))
            .SelectMany(rule => Literal().Matches(rule.Groups["arguments"].Value).Select(literal => Filled(literal.Groups["text"].Value)))
            .Where(text => text is not null)
            .Distinct()
            .ToList();

        Assert.True(rules.Count > 60, $"only {rules.Count} rules found: is the scan looking in the right place?");
        var unknown = rules.Where(rule => Dutch(rule!) == rule).ToList();
        Assert.True(unknown.Count == 0, "No Dutch text for: " + string.Join(" | ", unknown));
    }

    private static string Dutch(string api) => InDutch.Say(L => RuleMessages.Translate(api, L));

    // Each value an interpolated rule names becomes "x"; a rule built from nested pieces (a text inside a
    // value) is left to the examples above.
    private static string? Filled(string template)
    {
        var filled = Hole().Replace(template, "x");
        return filled.Contains('{') || filled.Contains('}') || !(char.IsUpper(filled[0]) || filled[0] == 'x') ? null : filled;
    }

    // "new ...RuleException(" or ".IsUniqueRule(" up to the end of the statement: the rule's texts are its literals.
    [GeneratedRegex(@"(?:RuleException|IsUniqueRule)\((?<arguments>(?:""(?:[^""\\]|\\.)*""|[^;""])*?)\)\s*;", RegexOptions.Singleline)]
    private static partial Regex RuleThrow();

    [GeneratedRegex(@"\$?""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^{}""]*\}")]
    private static partial Regex Hole();
}
