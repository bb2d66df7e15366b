using HerstelWerk.Identity.Accounts;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Identity.VolunteerAccounts;

/// <summary>
/// Makes a volunteer's account match what Volunteers last said: an Active volunteer with an address has
/// an enabled account at that address (invited until they set a password); any other has a disabled one,
/// whose tokens are revoked. Runs inside the event's turn and transaction.
/// </summary>
public sealed class VolunteerAccountReconciler(UserManager<Account> accounts, AccountAccess access, AccountAudit audit, TimeProvider time,
    IOptions<VolunteerInvitationSettings> settings, ILogger<VolunteerAccountReconciler> logger)
{
    private TimeSpan InvitationSettling => settings.Value.InvitationSettling;

    public async Task MatchAsync(VolunteerSignIn volunteer, CancellationToken cancellationToken)
    {
        var account = await accounts.Users.SingleOrDefaultAsync(a => a.VolunteerId == volunteer.VolunteerId, cancellationToken);
        if (!volunteer.Active || volunteer.Email is null)
        {
            if (account is { IsDisabled: false })
            {
                await access.DisableAsync(account, cancellationToken);
            }

            return;
        }

        if (account is null)
        {
            await CreateAsync(volunteer, cancellationToken);
            return;
        }

        var moved = !string.Equals(account.Email, volunteer.Email, StringComparison.OrdinalIgnoreCase);
        if (moved)
        {
            Check(await accounts.SetEmailAsync(account, volunteer.Email), account);
            Check(await accounts.SetUserNameAsync(account, volunteer.Email), account);
        }

        if (account.IsDisabled)
        {
            await access.EnableAsync(account, cancellationToken);
        }

        if (moved && !await accounts.HasPasswordAsync(account))
        {
            // Not accepted yet: the invitation goes to the new address instead.
            account.InvitationDueAt = time.GetUtcNow() + InvitationSettling;
            Check(await accounts.UpdateAsync(account), account);
        }
    }

    private async Task CreateAsync(VolunteerSignIn volunteer, CancellationToken cancellationToken)
    {
        if (await accounts.FindByEmailAsync(volunteer.Email!) is { } other)
        {
            // One address, one account: a member of staff who also volunteers keeps their staff account.
            logger.LogWarning("Volunteer {VolunteerId} gets no account: account {AccountId} already has that address", volunteer.VolunteerId, other.Id);
            return;
        }

        var account = new Account
        {
            UserName = volunteer.Email,
            Email = volunteer.Email,
            Role = Roles.Volunteer,
            VolunteerId = volunteer.VolunteerId,
            CreatedAt = time.GetUtcNow(),
            InvitationDueAt = time.GetUtcNow() + InvitationSettling,
        };
        Check(await accounts.CreateAsync(account), account);
        await audit.RecordAsync(AuditAction.AccountChange, account, cancellationToken);
    }

    private static void Check(IdentityResult result, Account account)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Account {account.Id} could not be updated: " + string.Join(" ", result.Errors.Select(error => error.Code)));
        }
    }
}
