namespace HerstelWerk.Web.Pages.Beheer;

/// <summary>Volunteers takes files up to 2 MB (some 10,000 volunteers); the console refuses a larger one before sending it.</summary>
public static class ImportFileLimit
{
    public const long Bytes = 2 * 1024 * 1024;
}
