using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HerstelWerk.Identity.Provider;

/// <summary>
/// The provider's two certificates: one signs tokens (the services check it through the discovery
/// document's key set), one encrypts what only the provider reads back (codes, refresh tokens).
/// Production configures both; local mode makes them once in <see cref="ProviderSettings.KeysDirectory"/>
/// and reuses them, so tokens and sessions survive a restart. OpenIddict does all signing and
/// encryption; this only supplies the keys.
/// </summary>
public static class ProviderKeys
{
    private static readonly TimeSpan LocalLifetime = TimeSpan.FromDays(3 * 365);

    public static (X509Certificate2 Signing, X509Certificate2 Encryption) Load(ProviderSettings settings)
    {
        if (settings.SigningCertificate is { Path.Length: > 0 } signing && settings.EncryptionCertificate is { Path.Length: > 0 } encryption)
        {
            return (FromFile(signing.Path, signing.Password), FromFile(encryption.Path, encryption.Password));
        }

        if (string.IsNullOrWhiteSpace(settings.KeysDirectory))
        {
            throw new InvalidOperationException(
                "Identity needs its keys: set Provider:SigningCertificate and Provider:EncryptionCertificate (PFX path and password), " +
                "or Provider:KeysDirectory for local mode (the AppHost sets it).");
        }

        Directory.CreateDirectory(settings.KeysDirectory);
        return (Local(settings.KeysDirectory, "signing", X509KeyUsageFlags.DigitalSignature),
                Local(settings.KeysDirectory, "encryption", X509KeyUsageFlags.KeyEncipherment));
    }

    private static X509Certificate2 FromFile(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);

    private static X509Certificate2 Local(string directory, string purpose, X509KeyUsageFlags usage)
    {
        var path = Path.Combine(directory, $"{purpose}.pfx");
        if (File.Exists(path))
        {
            var existing = FromFile(path, password: null);
            if (existing.NotAfter > DateTime.Now.AddDays(30))
            {
                return existing;
            }
        }

        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=HerstelWerk Identity local {purpose}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(LocalLifetime));
        var bytes = created.Export(X509ContentType.Pfx);
        // Written to a new file and moved into place, readable by this user only: a half-written key is never read.
        var temporary = path + ".new";
        File.WriteAllBytes(temporary, bytes);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
        return X509CertificateLoader.LoadPkcs12(bytes, password: null, X509KeyStorageFlags.EphemeralKeySet);
    }
}
