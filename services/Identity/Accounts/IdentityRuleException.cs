using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Identity.Accounts;

/// <summary>A request Identity's rules refuse (409), worded for the caller; the console says it in Dutch.</summary>
public sealed class IdentityRuleException(string message) : DomainRuleException(message);
