using System.Security.Cryptography;
using System.Text;

namespace HerstelWerk.AppHost.Infrastructure.Local;

/// <summary>
/// The folder where local mode keeps data between runs (<c>.state/</c>, ignored by git), and the
/// generated credentials that belong with that data.
/// </summary>
internal sealed class LocalState
{
    public LocalState(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
        // Stable per folder, so two checkouts (or a test run beside a dev run) never share a broker node.
        Id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Root)))[..8];
    }

    public string Root { get; }

    public string Id { get; }

    public string PathFor(string name) => Path.Combine(Root, name);

    /// <summary>
    /// A password generated on first use and kept beside the data it protects: PostgreSQL and RabbitMQ
    /// store it at initialisation, so it must stay the same for as long as their data does.
    /// </summary>
    public string Secret(string name)
    {
        var directory = Directory.CreateDirectory(PathFor("secrets")).FullName;
        var file = Path.Combine(directory, name);
        if (!File.Exists(file))
        {
            PrivateFile.Write(file, RandomNumberGenerator.GetHexString(32, lowercase: true));
        }

        return File.ReadAllText(file).Trim();
    }

    public static LocalState FromSettings(InfrastructureSettings settings, IDistributedApplicationBuilder builder) =>
        new(settings.StateDirectory ?? Path.Combine(builder.AppHostDirectory, "..", ".state"));
}
