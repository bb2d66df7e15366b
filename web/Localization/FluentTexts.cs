using System.Globalization;
using Microsoft.FluentUI.AspNetCore.Components;

namespace HerstelWerk.Web.Localization;

/// <summary>
/// The component library's own words (a button's accessible name, a paginator's label) in the user's
/// language: <c>Fluent_{key}</c> in Text.resx, else the library's English.
/// </summary>
internal sealed class FluentTexts : IFluentLocalizer
{
    private static readonly System.Resources.ResourceManager Texts = new(typeof(Text).FullName!, typeof(Text).Assembly);
    private static readonly System.Resources.ResourceManager Library =
        new("Microsoft.FluentUI.AspNetCore.Components.Localization.LanguageResource", typeof(FluentButton).Assembly);

    public string this[string key, params object[] arguments]
    {
        get
        {
            var text = Texts.GetString($"Fluent_{key}", CultureInfo.CurrentUICulture) ?? Library.GetString(key, CultureInfo.CurrentUICulture) ?? key;
            return arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments);
        }
    }
}
