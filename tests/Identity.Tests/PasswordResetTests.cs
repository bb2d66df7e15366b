using System.Text.RegularExpressions;
using HerstelWerk.ServiceDefaults.Security;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>
/// "Wachtwoord vergeten?": a link by mail, valid an hour and once, to a new password; the second factor
/// is asked as before, and the answer never tells whether an address has an account.
/// </summary>
public sealed partial class PasswordResetTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private const string NewPassword = "fietsen langs de dijk in mei";

    [Fact]
    public async Task A_forgotten_password_is_reset_by_mail_and_the_second_factor_stays_required()
    {
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        var enrolled = new SignInFlow(identity);
        await enrolled.CodeAsync(account.Email!, Accounts.Password);

        var flow = new SignInFlow(identity) { AuthenticatorKey = enrolled.AuthenticatorKey };
        var signIn = await flow.FollowAsync("/account/signin");
        Assert.Contains("href=\"/account/password/forgotten\"", signIn.Html);
        var forgotten = await flow.FollowAsync("/account/password/forgotten");
        var answer = await flow.PostFormAsync(forgotten, new() { ["Email"] = account.Email! });
        Assert.Contains("Als er een account bij dit e-mailadres hoort", answer.Html);

        var mail = await identity.Inbox.WaitForAsync(account.Email!);
        Assert.Equal("Nieuw wachtwoord voor HerstelWerk / New password for HerstelWerk", mail.Subject);
        Assert.Contains("60 minuten geldig", mail.Text);
        var link = mail.LinkTo("/account/password/reset");
        Assert.Contains($"account={account.Id}", link.Query);

        var page = await flow.FollowAsync(link.PathAndQuery);
        var tooShort = await flow.PostFormAsync(page, new() { ["NewPassword"] = "te kort", ["ConfirmPassword"] = "te kort" });
        Assert.Contains("Dit wachtwoord is te kort: gebruik minstens 12 tekens.", tooShort.Html);
        var common = await flow.PostFormAsync(tooShort, new() { ["NewPassword"] = "welkom2026!!!", ["ConfirmPassword"] = "welkom2026!!!" });
        Assert.Contains("Dit wachtwoord wordt veel gebruikt", common.Html);
        var done = await flow.PostFormAsync(common, new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Contains("/account/signin", done.Address);
        Assert.Contains("Uw wachtwoord is gewijzigd.", done.Html);

        // The link once only; the old password no longer works; the new one still needs the code.
        var reused = await new SignInFlow(identity).FollowAsync(link.PathAndQuery);
        Assert.Contains("Deze link is verlopen of al gebruikt.", reused.Html);
        var old = await flow.PostFormAsync(await flow.FollowAsync(flow.AuthorizeAddress()), new() { ["Email"] = account.Email!, ["Password"] = Accounts.Password });
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", old.Html);
        var code = await flow.PostFormAsync(old, new() { ["Email"] = account.Email!, ["Password"] = NewPassword });
        Assert.Contains("/account/signin/code", code.Address);
        Assert.NotEmpty(SignInFlow.CodeFrom((await flow.SecondFactorAsync(code)).Address));
    }

    [Fact]
    public async Task The_answer_is_the_same_for_an_address_without_an_account_and_no_mail_is_sent()
    {
        var account = await Accounts.NewAsync(identity, Roles.Adviser);
        var (_, invited) = await Invite.StaffAsync(identity);
        await identity.Inbox.WaitForAsync(invited);
        var unknown = Invite.NewAddress("nobody");

        var known = await AskAsync(account.Email!);
        Assert.Equal(Normalised(known), Normalised(await AskAsync(unknown)));
        // An invited account has no password to reset: it uses its invitation.
        Assert.Equal(Normalised(known), Normalised(await AskAsync(invited)));

        await identity.Inbox.WaitForAsync(account.Email!);
        Assert.Empty(await identity.Inbox.ToAsync(unknown));
        Assert.Single(await identity.Inbox.ToAsync(invited));
    }

    private async Task<string> AskAsync(string email)
    {
        var flow = new SignInFlow(identity);
        return (await flow.PostFormAsync(await flow.FollowAsync("/account/password/forgotten"), new() { ["Email"] = email })).Html;
    }

    /// <summary>The page without the two things that differ by nature: the antiforgery token and the address typed.</summary>
    private static string Normalised(string html) => Value().Replace(html, "value=\"\"");

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex Value();
}
