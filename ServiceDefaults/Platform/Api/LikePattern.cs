namespace HerstelWerk.ServiceDefaults.Api;

public static class LikePattern
{
    /// <summary>A LIKE/ILIKE pattern matching <paramref name="text"/> anywhere, with its wildcards taken literally.</summary>
    public static string Containing(string text) =>
        $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
}
