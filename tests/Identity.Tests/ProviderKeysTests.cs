using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HerstelWerk.Identity.Provider;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>
/// Local mode makes the provider's keys once and reuses them, so tokens and sessions survive a
/// restart; production reads its two certificates from configuration.
/// </summary>
public sealed class ProviderKeysTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("herstelwerk-keys-").FullName;

    [Fact]
    public void Local_keys_are_made_once_kept_private_and_reused()
    {
        var settings = new ProviderSettings { KeysDirectory = _folder };

        var (signing, encryption) = ProviderKeys.Load(settings);
        var (again, _) = ProviderKeys.Load(settings);

        Assert.Equal(signing.Thumbprint, again.Thumbprint);
        Assert.NotEqual(signing.Thumbprint, encryption.Thumbprint);
        Assert.True(signing.HasPrivateKey);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, "signing.pfx")));
        }
    }

    [Fact]
    public void Production_certificates_come_from_configuration()
    {
        var signingPath = WriteCertificate("prod-signing", "s3cret");
        var encryptionPath = WriteCertificate("prod-encryption", "s3cret");
        var settings = new ProviderSettings
        {
            SigningCertificate = new CertificateSettings { Path = signingPath, Password = "s3cret" },
            EncryptionCertificate = new CertificateSettings { Path = encryptionPath, Password = "s3cret" },
        };

        var (signing, encryption) = ProviderKeys.Load(settings);

        Assert.Equal("CN=prod-signing", signing.Subject);
        Assert.Equal("CN=prod-encryption", encryption.Subject);
        // No local keys were made beside them.
        Assert.DoesNotContain(Directory.EnumerateFiles(_folder), file => Path.GetFileName(file) is "signing.pfx" or "encryption.pfx");
    }

    [Fact]
    public void Without_keys_or_a_folder_the_provider_says_what_to_set()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ProviderKeys.Load(new ProviderSettings()));
        Assert.Contains("Provider:SigningCertificate", refused.Message);
    }

    private string WriteCertificate(string name, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
