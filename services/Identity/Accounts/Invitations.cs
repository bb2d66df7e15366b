using HerstelWerk.Identity.Mail;
using HerstelWerk.Identity.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// Invites a person to an account that has no password yet: a one-time link, valid 72 hours, to the page
/// where they choose one. The same for every role: staff an admin invites, volunteers made from
/// Volunteers' events. Whoever calls it records the change in the audit log.
/// </summary>
public sealed class Invitations(UserManager<Account> accounts, AccountLinks links, MailSender mail, IOptions<InvitationTokenProviderOptions> options)
{
    public async Task InviteAsync(Account account, CancellationToken cancellationToken)
    {
        var token = await accounts.GenerateUserTokenAsync(account, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = links.To(AccountPaths.Invitation, account.Id, token);
        await mail.SendAsync(AccountMails.Invitation(account, link, options.Value.TokenLifespan), cancellationToken);
    }

    /// <summary>True when <paramref name="token"/> is this account's, still valid, and the account still waits for its first password.</summary>
    public async Task<bool> IsValidAsync(Account account, string token) =>
        !account.IsDisabled && !await accounts.HasPasswordAsync(account)
        && await accounts.VerifyUserTokenAsync(account, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token);
}
