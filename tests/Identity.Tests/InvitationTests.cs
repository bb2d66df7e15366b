using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Identity.Accounts;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>
/// An admin invites a member of staff; the mail reaches a real smtp4dev; its link leads to choosing a
/// password (NIST rules, refusals in Dutch), then to setting up the second factor and on to the console.
/// </summary>
public sealed class InvitationTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private const string NewPassword = "koffie met de buren op zondag";

    [Fact]
    public async Task An_invited_coordinator_chooses_a_password_sets_up_the_second_factor_and_goes_on_to_the_console()
    {
        var (id, email) = await Invite.StaffAsync(identity, Roles.Coordinator, "Marieke Jansen");

        var mail = await identity.Inbox.WaitForAsync(email);
        Assert.Equal("Uw account bij HerstelWerk / Your HerstelWerk account", mail.Subject);
        Assert.Contains("Beste Marieke Jansen,", mail.Text);
        Assert.Contains("72 uur geldig", mail.Text);
        Assert.Contains("Dear Marieke Jansen,", mail.Text);
        Assert.True(mail.Text.IndexOf("Beste", StringComparison.Ordinal) < mail.Text.IndexOf("Dear", StringComparison.Ordinal), "Dutch comes first");
        var link = mail.LinkTo("/account/invitation");
        Assert.StartsWith(IdentityFixture.PublicAddress + "account/invitation?account=" + id, link.ToString());
        Assert.Contains(WebUtility.HtmlEncode(link.AbsoluteUri), mail.Html);

        var flow = new SignInFlow(identity);
        var page = await flow.FollowAsync(link.PathAndQuery);
        Assert.Contains("Minstens 12 tekens", page.Html);
        Assert.Contains("aria-describedby=\"password-rules new-password-error\"", page.Html);

        var tooShort = await flow.PostFormAsync(page, new() { ["NewPassword"] = "kort maar", ["ConfirmPassword"] = "kort maar" });
        Assert.Contains("Dit wachtwoord is te kort: gebruik minstens 12 tekens.", tooShort.Html);
        Assert.DoesNotContain("kort maar", tooShort.Html);
        var common = await flow.PostFormAsync(tooShort, new() { ["NewPassword"] = "Wachtwoord123!", ["ConfirmPassword"] = "Wachtwoord123!" });
        Assert.Contains("Dit wachtwoord wordt veel gebruikt of is makkelijk te raden.", common.Html);
        var different = await flow.PostFormAsync(common, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword + "!" });
        Assert.Contains("De twee wachtwoorden zijn niet gelijk.", different.Html);

        var enrol = await flow.PostFormAsync(different, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Contains("/account/two-factor", enrol.Address);
        var enrolled = await flow.EnrolAsync(enrol);
        Assert.Equal("/aanmelden/account", SignInFlow.ContinueAddress(enrolled));

        var account = await AccountAsync(id);
        Assert.Equal("Active", account.GetProperty("status").GetString());
        Assert.True(account.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal(1, await identity.QueryScalarAsync<long>("SELECT count(*) FROM accounts WHERE id = $1 AND email_confirmed", id));

        // From now on an ordinary sign-in: password and code.
        var again = new SignInFlow(identity) { AuthenticatorKey = flow.AuthenticatorKey };
        Assert.NotEmpty(await again.CodeAsync(email, NewPassword));
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var (_, email) = await Invite.StaffAsync(identity, Roles.Adviser);
        var link = (await identity.Inbox.WaitForAsync(email)).LinkTo("/account/invitation");
        var flow = new SignInFlow(identity);
        var page = await flow.FollowAsync(link.PathAndQuery);
        await flow.PostFormAsync(page, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        var second = await new SignInFlow(identity).FollowAsync(link.PathAndQuery);
        Assert.Contains("Deze uitnodiging is verlopen of al gebruikt. Vraag uw beheerder om een nieuwe uitnodiging.", second.Html);
        Assert.DoesNotContain("NewPassword", second.Html);
    }

    [Fact]
    public async Task A_changed_token_is_refused_like_an_expired_one()
    {
        var (id, email) = await Invite.StaffAsync(identity);
        await identity.Inbox.WaitForAsync(email);

        var page = await new SignInFlow(identity).FollowAsync($"/account/invitation?account={id}&token=bm90LWEtdG9rZW4");
        Assert.Contains("Deze uitnodiging is verlopen of al gebruikt", page.Html);
    }

    [Fact]
    public void Invitation_links_live_72_hours_and_reset_links_one_hour()
    {
        var invitation = identity.Services.GetRequiredService<IOptions<InvitationTokenProviderOptions>>().Value;
        var reset = identity.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value;
        Assert.Equal(TimeSpan.FromHours(72), invitation.TokenLifespan);
        Assert.Equal(TimeSpan.FromHours(1), reset.TokenLifespan);
        // Their own protector name: a reset token is never an invitation token, and the reverse.
        Assert.NotEqual(reset.Name, invitation.Name);
        var identityOptions = identity.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        Assert.Equal(typeof(InvitationTokenProvider), identityOptions.Tokens.ProviderMap[InvitationTokenProvider.ProviderName].ProviderType);
    }

    [Fact]
    public async Task Bad_input_is_a_400_that_names_each_field()
    {
        using var response = await Invite.SendAsync(identity, new { email = "geen adres", displayName = "", role = Roles.Volunteer });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("displayName", out _), errors.ToString());
        Assert.Contains("coordinator, adviser, admin", errors.GetProperty("role")[0].GetString());
    }

    [Fact]
    public async Task Only_an_admin_invites()
    {
        using var response = await Invite.SendAsync(identity, new { email = Invite.NewAddress(), displayName = "Piet", role = Roles.Coordinator }, Roles.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_address_with_an_account_is_a_409_whatever_its_case()
    {
        var (_, email) = await Invite.StaffAsync(identity);

        using var response = await Invite.SendAsync(identity, new { email = email.ToUpperInvariant(), displayName = "Nog een keer", role = Roles.Coordinator });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("has an account already", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_invited_account_can_be_sent_a_new_invitation_and_an_active_one_cannot()
    {
        var (id, email) = await Invite.StaffAsync(identity);
        await identity.Inbox.WaitForAsync(email);
        using var admin = identity.ClientAs(Roles.Admin);

        using var again = await admin.PostAsync($"/api/identity/accounts/{id}/invitation", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await identity.Inbox.WaitForAsync(email, count: 2);
        Assert.Contains("/account/invitation", second.Text);

        var active = await Accounts.NewAsync(identity, Roles.Coordinator);
        using var refused = await admin.PostAsync($"/api/identity/accounts/{active.Id}/invitation", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        using var unknown = await admin.PostAsync($"/api/identity/accounts/{Guid.NewGuid()}/invitation", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_account_list_shows_each_account_with_its_status_in_pages()
    {
        var (invitedId, _) = await Invite.StaffAsync(identity);
        var active = await Accounts.NewAsync(identity, Roles.Adviser);
        var disabled = await Accounts.NewAsync(identity, Roles.Coordinator);
        await Accounts.ChangeAsync(identity, disabled.Id, account => account.DisabledAt = DateTimeOffset.UtcNow);
        using var admin = identity.ClientAs(Roles.Admin);

        var page = JsonDocument.Parse(await admin.GetStringAsync("/api/identity/accounts?pageSize=100")).RootElement;
        var rows = page.GetProperty("items").EnumerateArray().ToDictionary(row => row.GetProperty("id").GetGuid());
        Assert.Equal("Invited", rows[invitedId].GetProperty("status").GetString());
        Assert.Equal("Active", rows[active.Id].GetProperty("status").GetString());
        Assert.Equal("Disabled", rows[disabled.Id].GetProperty("status").GetString());
        Assert.Equal(Roles.Adviser, rows[active.Id].GetProperty("role").GetString());
        Assert.False(rows[invitedId].TryGetProperty("passwordHash", out _));
        Assert.True(page.GetProperty("totalCount").GetInt32() >= 4);

        var small = JsonDocument.Parse(await admin.GetStringAsync("/api/identity/accounts?pageSize=1&page=2")).RootElement;
        Assert.Single(small.GetProperty("items").EnumerateArray());
        Assert.Equal(2, small.GetProperty("pageNumber").GetInt32());
    }

    private async Task<JsonElement> AccountAsync(Guid id)
    {
        using var admin = identity.ClientAs(Roles.Admin);
        return JsonDocument.Parse(await admin.GetStringAsync($"/api/identity/accounts/{id}")).RootElement;
    }
}
