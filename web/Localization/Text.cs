namespace HerstelWerk.Web.Localization;

/// <summary>
/// The console's words: <c>Text.resx</c> is Dutch (the default), <c>Text.en.resx</c> English. Components
/// take them through <c>IStringLocalizer&lt;Text&gt;</c>; a test fails on a key missing in Dutch.
/// </summary>
public sealed class Text;
