namespace HerstelWerk.Identity.Localization;

/// <summary>The sign-in pages' texts: <c>SignInTexts.resx</c> is Dutch (the default), <c>SignInTexts.en.resx</c> English.</summary>
public sealed class SignInTexts;
