using Microsoft.AspNetCore.Identity;

namespace HerstelWerk.Identity.Accounts;

/// <summary>The invitation tokens' own options, so their 72 hours never change the password-reset tokens' hour.</summary>
public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = InvitationTokenProvider.Lifespan;
    }
}
