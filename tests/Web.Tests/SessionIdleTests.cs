using HerstelWerk.Web.SignIn;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>The 30-minute idle rule inside an open circuit (the cookie alone slides only on HTTP requests).</summary>
public sealed class SessionIdleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_active_user_s_cookie_is_renewed_every_five_minutes()
    {
        Assert.Equal(SessionIdle.Decision.Wait, SessionIdle.Decide(Start.AddMinutes(3), Start, Start.AddMinutes(4)));
        Assert.Equal(SessionIdle.Decision.Renew, SessionIdle.Decide(Start.AddMinutes(4), Start, Start.AddMinutes(5)));
    }

    [Fact]
    public void Nothing_is_renewed_for_a_user_who_did_nothing_since()
    {
        Assert.Equal(SessionIdle.Decision.Wait, SessionIdle.Decide(Start, Start.AddMinutes(5), Start.AddMinutes(20)));
    }

    [Fact]
    public void Thirty_idle_minutes_end_the_session()
    {
        Assert.Equal(SessionIdle.Decision.Wait, SessionIdle.Decide(Start, Start, Start.AddMinutes(29)));
        Assert.Equal(SessionIdle.Decision.End, SessionIdle.Decide(Start, Start, Start.AddMinutes(30)));
    }
}
