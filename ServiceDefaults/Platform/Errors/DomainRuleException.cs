using Microsoft.AspNetCore.Http;

namespace HerstelWerk.ServiceDefaults.Errors;

/// <summary>
/// A request that is well-formed but breaks a business rule (enrolling someone without consent,
/// changing an erased record). The API answers with <see cref="StatusCode"/> (409 by default) and
/// the rule in words, never a 500.
/// </summary>
public class DomainRuleException(string message, int statusCode = StatusCodes.Status409Conflict) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
