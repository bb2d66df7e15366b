using HerstelWerk.Identity.Pages.Account;
using HerstelWerk.Identity.Provider;
using Microsoft.AspNetCore.WebUtilities;

namespace HerstelWerk.Identity.Accounts;

/// <summary>The one-time links in mails: a sign-in page at the public address (the gateway's), with the account and its token.</summary>
public sealed class AccountLinks(ProviderSettings settings)
{
    public Uri To(string pagePath, Guid accountId, string token)
    {
        var issuer = settings.Issuer ?? throw new InvalidOperationException("Provider:Issuer is not set: the links in mails need the public address.");
        return new Uri(QueryHelpers.AddQueryString(issuer.AbsoluteUri.TrimEnd('/') + pagePath,
            new Dictionary<string, string?> { ["account"] = accountId.ToString(), ["token"] = token }));
    }
}
