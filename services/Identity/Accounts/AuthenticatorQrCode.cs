using System.Globalization;
using QRCoder;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// The authenticator app's set-up: the standard <c>otpauth://</c> address (RFC 6238, 6 digits, 30 s),
/// drawn as a QR code by QRCoder, and the same key in groups of four for typing it in by hand.
/// </summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "HerstelWerk";

    public static string Uri(string email, string key) => string.Create(CultureInfo.InvariantCulture,
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30");

    public static string Svg(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(4);
    }

    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
}
