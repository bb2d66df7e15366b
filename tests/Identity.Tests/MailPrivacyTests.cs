using System.Net;
using HerstelWerk.ServiceDefaults.Security;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>A one-time link is a key to an account: what operators see (logs, spans) names the account id, never the link or its token.</summary>
public sealed class MailPrivacyTests(CapturingIdentityFixture identity) : IClassFixture<CapturingIdentityFixture>
{
    [Fact]
    public async Task Neither_the_invitation_link_nor_its_token_is_logged()
    {
        var (id, email) = await Invite.StaffAsync(identity);
        var link = (await identity.Inbox.WaitForAsync(email)).LinkTo("/account/invitation");
        var flow = new SignInFlow(identity);
        var page = await flow.FollowAsync(link.PathAndQuery);
        await flow.PostFormAsync(page, new() { ["NewPassword"] = "kort", ["ConfirmPassword"] = "kort" });

        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;
        Assert.True(identity.Telemetry.Contains(id.ToString()), "the sender logs the account id");
        Assert.False(identity.Telemetry.Contains(token[..24]), "the token is in the logs or spans");
        Assert.False(identity.Telemetry.Contains(WebUtility.UrlEncode(token)[..24]), "the token is in the logs or spans");
        Assert.False(identity.Telemetry.Contains(email), "the address is in the logs or spans");
    }
}
