namespace HerstelWerk.AppHost.Infrastructure.Local;

internal static class PrivateFile
{
    /// <summary>Writes a file only its owner may read: passwords and broker configuration.</summary>
    public static async Task WriteAsync(string path, string contents, CancellationToken cancellationToken = default)
    {
        await File.WriteAllTextAsync(path, contents, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
