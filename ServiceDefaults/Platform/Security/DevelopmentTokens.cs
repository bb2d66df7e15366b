using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HerstelWerk.ServiceDefaults.Security;

/// <summary>
/// Issues tokens signed with the development key, for the gateway's Development-only token endpoint
/// and for tests. Production tokens come from the identity provider, never from here.
/// </summary>
public static class DevelopmentTokens
{
    public static string Create(IdentitySettings settings, string role, string subject, string? volunteerId = null, TimeSpan? lifetime = null)
    {
        var claims = new List<Claim>
        {
            new(HerstelWerkClaims.Subject, subject),
            new(HerstelWerkClaims.Role, role),
        };
        if (volunteerId is not null)
        {
            claims.Add(new Claim(HerstelWerkClaims.VolunteerId, volunteerId));
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(
                AuthenticationExtensions.DevelopmentKey(settings.SigningKey
                    ?? throw new InvalidOperationException("Development tokens need Identity:SigningKey.")),
                SecurityAlgorithms.HmacSha256),
        });
    }
}
