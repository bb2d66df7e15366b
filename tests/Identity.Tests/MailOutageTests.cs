using System.Net;
using System.Text.Json;
using HerstelWerk.ServiceDefaults.Security;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>When the mail server is out of reach: the admin hears it (503, send again), a person asking for a reset hears nothing different.</summary>
public sealed class MailOutageTests(UnreachableMailFixture identity) : IClassFixture<UnreachableMailFixture>
{
    [Fact]
    public async Task An_invitation_that_cannot_be_mailed_is_a_503_and_the_account_waits_for_a_new_one()
    {
        var email = Invite.NewAddress();
        using var response = await Invite.SendAsync(identity, new { email, displayName = "Niet bereikt", role = Roles.Coordinator });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Send the invitation again", await response.Content.ReadAsStringAsync());
        using var admin = identity.ClientAs(Roles.Admin);
        var accounts = JsonDocument.Parse(await admin.GetStringAsync("/api/identity/accounts?pageSize=100")).RootElement.GetProperty("items");
        Assert.Contains(accounts.EnumerateArray(), account => account.GetProperty("email").GetString() == email
            && account.GetProperty("status").GetString() == "Invited");
    }

    [Fact]
    public async Task A_reset_that_cannot_be_mailed_gets_the_usual_answer()
    {
        var account = await Accounts.NewAsync(identity, Roles.Coordinator);
        var flow = new SignInFlow(identity);

        var answer = await flow.PostFormAsync(await flow.FollowAsync("/account/password/forgotten"), new() { ["Email"] = account.Email! });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Als er een account bij dit e-mailadres hoort", answer.Html);
    }
}
