using System.Globalization;
using HerstelWerk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>Placement's English reasons for a suggestion reach an adviser in Dutch; a reason of another shape is kept as Placement wrote it.</summary>
public sealed class SuggestionReasonsTests
{
    [Theory]
    [InlineData("sector bouw is one of the candidate's preferences", "sector bouw hoort bij de voorkeuren van de kandidaat")]
    [InlineData("sector bouw; the candidate's preferred sectors are not recorded", "sector bouw; de voorkeurssectoren van de kandidaat zijn niet vastgelegd")]
    [InlineData("sector bouw is not among the candidate's preferences (logistiek, zorg)", "sector bouw hoort niet bij de voorkeuren van de kandidaat (logistiek, zorg)")]
    [InlineData("in Noord-Brabant, the candidate's region after release", "in Noord-Brabant, de regio van de kandidaat na vrijlating")]
    [InlineData("in Noord-Brabant, not the candidate's region after release (Utrecht)", "in Noord-Brabant, niet de regio van de kandidaat na vrijlating (Utrecht)")]
    [InlineData("in Noord-Brabant; the candidate's region after release is not recorded", "in Noord-Brabant; de regio van de kandidaat na vrijlating is niet vastgelegd")]
    [InlineData("start by arrangement", "start in overleg")]
    [InlineData("starts 2027-04-05; the release date is not known", "begint op 05-04-2027; de vrijlatingsdatum is niet bekend")]
    [InlineData("starts 2027-04-05, 35 days after the candidate is free to start (2027-03-01)", "begint op 05-04-2027, 35 dagen nadat de kandidaat kan beginnen (01-03-2027)")]
    [InlineData("starts 2027-02-01, 28 days before the candidate is free to start (2027-03-01)", "begint op 01-02-2027, 28 dagen voordat de kandidaat kan beginnen (01-03-2027)")]
    [InlineData("a reason Placement learns later", "a reason Placement learns later")]
    public void Known_shapes_are_said_in_Dutch_and_others_are_kept(string placement, string shown)
    {
        Assert.Equal(shown, InDutch.Say(L => SuggestionReasons.Translate(placement, L)));
    }
}
