using System.Resources;

// Text.resx (no culture in its name) is Dutch, the console's default language.
[assembly: NeutralResourcesLanguage("nl")]
