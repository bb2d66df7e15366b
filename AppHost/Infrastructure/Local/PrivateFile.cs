namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>Files only their owner may read: passwords and broker configuration.</summary>
internal static class PrivateFile
{
    public static void Write(string path, string contents)
    {
        File.WriteAllText(path, contents);
        Restrict(path);
    }

    public static async Task WriteAsync(string path, string contents, CancellationToken cancellationToken = default)
    {
        await File.WriteAllTextAsync(path, contents, cancellationToken);
        Restrict(path);
    }

    private static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
