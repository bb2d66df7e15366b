using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// The tokens in invitation links: ASP.NET Core Identity's data-protection tokens, valid 72 hours and
/// protected under a name of their own. A token carries the account's security stamp, which changes
/// when the password is set, so a link works once.
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<Account>> logger)
    : DataProtectorTokenProvider<Account>(dataProtection, options, logger)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "SetFirstPassword";
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(72);
}
