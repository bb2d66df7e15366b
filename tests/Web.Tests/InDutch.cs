using System.Globalization;
using HerstelWerk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Web.Tests;

/// <summary>What the console says, read from its resources in Dutch as a coordinator's page does, without a browser.</summary>
public static class InDutch
{
    public static readonly IStringLocalizer<Text> Text = new StringLocalizer<Text>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    /// <summary><paramref name="say"/> with the console's texts, under Dutch as the UI culture.</summary>
    public static string Say(Func<IStringLocalizer<Text>, string> say)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ConsoleLocalization.Dutch);
        try
        {
            return say(Text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
