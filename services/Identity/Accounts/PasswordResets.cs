using HerstelWerk.Identity.Mail;
using HerstelWerk.Identity.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// A new password by e-mail: a one-time link, valid an hour (Identity's password-reset token), only for an
/// enabled account that has a password. The person asking hears the same whether or not one exists.
/// </summary>
public sealed class PasswordResets(UserManager<Account> accounts, AccountLinks links, MailSender mail, IOptions<DataProtectionTokenProviderOptions> options,
    ILogger<PasswordResets> logger)
{
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(1);

    public async Task RequestAsync(string email, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(email);
        if (account is null || account.IsDisabled || !await accounts.HasPasswordAsync(account))
        {
            return;
        }

        var token = await accounts.GeneratePasswordResetTokenAsync(account);
        var link = links.To(AccountPaths.PasswordReset, account.Id, token);
        try
        {
            await mail.SendAsync(AccountMails.PasswordReset(account, link, options.Value.TokenLifespan), cancellationToken);
        }
        catch (MailUnavailableException)
        {
            // Logged by the sender. An error here would tell the asker that the address has an account.
            logger.LogWarning("Password reset for account {AccountId} not sent: the mail server is out of reach", account.Id);
        }
    }

    public Task<bool> IsValidAsync(Account account, string token) =>
        !account.IsDisabled
            ? accounts.VerifyUserTokenAsync(account, accounts.Options.Tokens.PasswordResetTokenProvider, UserManager<Account>.ResetPasswordTokenPurpose, token)
            : Task.FromResult(false);
}
