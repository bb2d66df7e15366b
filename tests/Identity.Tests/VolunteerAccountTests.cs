using System.Net;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Identity.Accounts;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>
/// Volunteers' accounts come from Volunteers' events on the real broker: made on a sign-in request,
/// disabled with their tokens revoked on a deactivation, whatever order the events arrive in.
/// </summary>
public sealed class VolunteerAccountTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_sign_in_request_makes_an_invited_volunteer_account_linked_to_the_volunteer()
    {
        await using var volunteers = await identity.StartPartnerBusAsync();
        var volunteerId = Guid.NewGuid();
        var email = $"vrijwilliger-{volunteerId:N}@herstelwerk.test";

        await volunteers.PublishAsync(SignInRequested(volunteerId, email, revision: 4), Guid.NewGuid());

        var account = await Eventually.ReturnsAsync(() => AccountOfAsync(volunteerId), $"an account for volunteer {volunteerId}", Propagation);
        Assert.Equal(email, account.Email);
        Assert.Equal(Roles.Volunteer, account.Role);
        Assert.False(account.IsDisabled);

        // Moments later the invitation is mailed, with a one-time link to choose a password.
        var mail = await identity.Inbox.WaitForAsync(email, timeout: Propagation);
        Assert.Equal("/account/invitation", mail.LinkTo("/account/invitation").AbsolutePath);
        await Eventually.HoldsAsync(async () => (await AccountOfAsync(volunteerId))!.InvitationDueAt is null, "the invitation marked as sent", Propagation);
    }

    [Fact]
    public async Task A_volunteer_who_passes_through_Active_in_one_change_gets_no_mail()
    {
        // What an import of a volunteer who has already left publishes in one commit.
        await using var volunteers = await identity.StartPartnerBusAsync();
        var volunteerId = Guid.NewGuid();
        var email = $"vertrokken-{volunteerId:N}@herstelwerk.test";
        await volunteers.PublishAsync(new VolunteerActivatedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteerId, Revision = 2 }, Guid.NewGuid());
        await volunteers.PublishAsync(SignInRequested(volunteerId, email, revision: 2), Guid.NewGuid());
        await volunteers.PublishAsync(new VolunteerDeactivatedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteerId, Revision = 3 }, Guid.NewGuid());

        await Eventually.HoldsAsync(async () => await identity.QueryScalarAsync<int>(
            "SELECT revision FROM volunteer_sign_ins WHERE volunteer_id = $1", volunteerId) == 3, "the deactivation applied", Propagation);
        // Well past the settling time and several rounds of the mailer.
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.Empty(await identity.Inbox.ToAsync(email));
    }

    [Fact]
    public async Task A_deactivated_volunteer_cannot_refresh_and_holds_an_access_token_for_ten_minutes_at_most()
    {
        var volunteerId = Guid.NewGuid();
        var account = await Accounts.NewAsync(identity, Roles.Volunteer, volunteerId);
        await using var volunteers = await identity.StartPartnerBusAsync();
        await volunteers.PublishAsync(SignInRequested(volunteerId, account.Email!, revision: 3), Guid.NewGuid());
        var flow = new SignInFlow(identity);
        var tokens = await SignInFlow.TokensFromAsync(await flow.RedeemAsync(await flow.CodeAsync(account.Email!, Accounts.Password)));

        await volunteers.PublishAsync(new VolunteerDeactivatedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteerId, Revision = 5 }, Guid.NewGuid());

        await Eventually.HoldsAsync(async () => (await AccountOfAsync(volunteerId))?.IsDisabled == true, "the account disabled", Propagation);
        // Revoked at once, not merely refused later: no valid refresh token of the account is left.
        Assert.Equal(0L, await identity.QueryScalarAsync<long>(
            "SELECT count(*) FROM openiddict_tokens WHERE subject = $1 AND type = 'refresh_token' AND status = 'valid'", account.Id.ToString()));
        using var refused = await flow.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        // The access token already out is the only access left, and it ends within one lifetime.
        Assert.True(new JsonWebToken(tokens.AccessToken).ValidTo <= DateTime.UtcNow.AddMinutes(10));
        // Signing in again fails too.
        var again = new SignInFlow(identity) { AuthenticatorKey = flow.AuthenticatorKey };
        var page = await again.FollowAsync(again.AuthorizeAddress());
        page = await again.PostFormAsync(page, new() { ["Email"] = account.Email!, ["Password"] = Accounts.Password });
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet", page.Html);
    }

    [Fact]
    public async Task Events_out_of_order_end_in_the_newest_state_and_a_redelivered_one_changes_nothing()
    {
        await using var volunteers = await identity.StartPartnerBusAsync();
        var volunteerId = Guid.NewGuid();
        var email = $"laat-{volunteerId:N}@herstelwerk.test";
        var deactivation = Guid.NewGuid();

        // Deactivated at revision 7 arrives first; the activation's sign-in request of revision 6 after it.
        await volunteers.PublishAsync(new VolunteerDeactivatedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteerId, Revision = 7 }, deactivation);
        await volunteers.PublishAsync(SignInRequested(volunteerId, email, revision: 6), Guid.NewGuid());
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Null(await AccountOfAsync(volunteerId));

        // Active again at revision 8, with the address: now the account exists and is enabled.
        await volunteers.PublishAsync(new VolunteerActivatedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteerId, Revision = 8 }, Guid.NewGuid());
        await volunteers.PublishAsync(SignInRequested(volunteerId, email, revision: 8), Guid.NewGuid());
        var account = await Eventually.ReturnsAsync(() => AccountOfAsync(volunteerId), "the account after the new activation", Propagation);
        Assert.False(account.IsDisabled);

        // The old deactivation once more (same message id): the inbox drops it, the revision would too.
        await volunteers.PublishAsync(new VolunteerDeactivatedV1 { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteerId, Revision = 7 }, deactivation);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False((await AccountOfAsync(volunteerId))!.IsDisabled);
    }

    private static VolunteerSignInRequestedV1 SignInRequested(Guid volunteerId, string email, int revision) =>
        new() { EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, VolunteerId = volunteerId, Email = email, Revision = revision };

    private async Task<Account?> AccountOfAsync(Guid volunteerId)
    {
        await using var scope = identity.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        return accounts.Users.SingleOrDefault(account => account.VolunteerId == volunteerId);
    }
}
