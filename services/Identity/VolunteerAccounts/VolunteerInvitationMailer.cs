using HerstelWerk.Identity.Accounts;
using HerstelWerk.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Identity.VolunteerAccounts;

/// <summary>
/// Mails the volunteers' invitations that are due (<see cref="Account.InvitationDueAt"/>), a little after
/// the events that made them: only to an account that is still enabled and still has no password then.
/// One mailer at a time across replicas (a PostgreSQL advisory lock), so nobody gets two mails; a
/// failed send is tried again later, and the mail server being down stops nothing else.
/// </summary>
internal sealed class VolunteerInvitationMailer(IServiceScopeFactory scopes, IOptions<VolunteerInvitationSettings> settings, TimeProvider time,
    ILogger<VolunteerInvitationMailer> logger) : BackgroundService
{
    private const long MailerLockKey = 0x48574d41494c4552; // "HWMAILER"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.CheckEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await MailDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Volunteers' invitations could not be checked; trying again in {Interval}", settings.Value.CheckEvery);
            }
        }
    }

    private async Task MailDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var invitations = scope.ServiceProvider.GetRequiredService<Invitations>();
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({MailerLockKey}) AS \"Value\"").SingleAsync(cancellationToken))
        {
            return;
        }

        var due = await db.Accounts
            .Where(account => account.InvitationDueAt <= now && account.DisabledAt == null && account.PasswordHash == null)
            .OrderBy(account => account.InvitationDueAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var account in due)
        {
            try
            {
                await invitations.InviteAsync(account, cancellationToken);
                account.InvitationDueAt = null;
                logger.LogInformation("Invitation mailed to volunteer account {AccountId}", account.Id);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                account.InvitationDueAt = now + settings.Value.RetryAfter;
                logger.LogWarning(exception, "The invitation of account {AccountId} could not be mailed; trying again in {RetryAfter}", account.Id, settings.Value.RetryAfter);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
