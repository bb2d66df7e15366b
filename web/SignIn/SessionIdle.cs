namespace HerstelWerk.Web.SignIn;

/// <summary>
/// The 30-minute idle rule inside an open circuit. The cookie slides only on HTTP requests, and a
/// circuit sends none, so: while the user is active, renew the cookie now and then (a small request);
/// once they have been idle for the whole timeout, end the session (the page reloads, the cookie has
/// expired by then, and the sign-in follows).
/// </summary>
public static class SessionIdle
{
    /// <summary>How often the console looks; renewing this often keeps a sliding 30-minute cookie alive.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(5);

    public enum Decision
    {
        Wait,
        Renew,
        End,
    }

    public static Decision Decide(DateTimeOffset lastActivity, DateTimeOffset lastRenewal, DateTimeOffset now) =>
        now - lastActivity >= ConsoleSession.IdleTimeout ? Decision.End
        : lastActivity > lastRenewal && now - lastRenewal >= RenewEvery ? Decision.Renew
        : Decision.Wait;
}
