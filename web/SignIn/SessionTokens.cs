using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace HerstelWerk.Web.SignIn;

/// <summary>
/// The signed-in sessions' current tokens, on the server. An access token lives 10 minutes; a session
/// lasts as long as its user is active, so the console renews the access token with the refresh token
/// shortly before it expires (and the provider rotates the refresh token each time). A Blazor circuit
/// keeps the request it started with, whose ticket holds only the first tokens, so every call asks this
/// store, keyed by the session's own id, rather than that ticket. Renewals of one session take turns:
/// a rotated refresh token works once, and a second use would end the session.
/// </summary>
public sealed class SessionTokens(TokenRefresher refresher, TimeProvider time, ILogger<SessionTokens> logger)
{
    /// <summary>The claim with the session's id, in the console's own cookie.</summary>
    public const string SessionClaim = "console_session";

    /// <summary>Renew this long before expiry, so no call leaves with a token about to lapse.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Session> _sessions = new();

    public static string NewSessionId() => Guid.NewGuid().ToString("N");

    public void Remember(string sessionId, TokenSet tokens) => _sessions[sessionId] = new Session(tokens);

    public TokenSet? Forget(string sessionId) => _sessions.TryRemove(sessionId, out var session) ? session.Tokens : null;

    /// <summary>
    /// A valid access token for the user's session, renewed if it is about to expire; null when the
    /// session has no token left (its refresh was refused: the account was disabled, or tokens revoked).
    /// </summary>
    public async Task<string?> AccessTokenAsync(ClaimsPrincipal user, AuthenticationProperties? ticket, CancellationToken cancellationToken)
    {
        var sessionId = user.FindFirstValue(SessionClaim);
        if (sessionId is null)
        {
            // A session from before this store (or a test's hand-made one): the ticket's own token.
            return ticket?.GetTokenValue(ConsoleSession.AccessToken);
        }

        var session = _sessions.GetOrAdd(sessionId, _ => new Session(TokenSet.FromTicket(ticket)));
        if (session.Tokens.AccessToken is null)
        {
            return null;
        }

        if (session.Tokens.ExpiresAt - RenewBefore > time.GetUtcNow() || session.Tokens.RefreshToken is null)
        {
            return session.Tokens.ExpiresAt > time.GetUtcNow() ? session.Tokens.AccessToken : null;
        }

        await session.Turn.WaitAsync(cancellationToken);
        try
        {
            // Another call may have renewed it while this one waited.
            if (session.Tokens.ExpiresAt - RenewBefore > time.GetUtcNow())
            {
                return session.Tokens.AccessToken;
            }

            var renewed = await refresher.RefreshAsync(session.Tokens.RefreshToken!, cancellationToken);
            if (renewed is null)
            {
                logger.LogInformation("A console session's tokens could not be renewed; the session ends");
                session.Tokens = TokenSet.None;
                return null;
            }

            session.Tokens = renewed;
            return renewed.AccessToken;
        }
        finally
        {
            session.Turn.Release();
        }
    }

    private sealed class Session(TokenSet tokens)
    {
        public TokenSet Tokens { get; set; } = tokens;

        public SemaphoreSlim Turn { get; } = new(1, 1);
    }
}

/// <summary>One access token, the refresh token that renews it (if any), and when the access token expires.</summary>
public sealed record TokenSet(string? AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt)
{
    public static readonly TokenSet None = new(null, null, DateTimeOffset.MinValue);

    public static TokenSet FromTicket(AuthenticationProperties? ticket)
    {
        var access = ticket?.GetTokenValue(ConsoleSession.AccessToken);
        return access is null
            ? None
            : new TokenSet(access, ticket!.GetTokenValue(ConsoleSession.RefreshToken), AccessTokenClaims.ExpiresAt(access));
    }
}
