using System.Resources;

// SignInTexts.resx (no culture in its name) is Dutch, the default language.
[assembly: NeutralResourcesLanguage("nl")]
