using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HerstelWerk.ServiceDefaults.Errors;

/// <summary>The problems more than one mapper answers with, worded once.</summary>
public static class ProblemDescriptions
{
    /// <summary>A dependency (the database, mostly) is out of reach for a moment: 503.</summary>
    /// <summary>The <c>Retry-After</c> every 503 carries: long enough for a restart, short enough for a person waiting.</summary>
    public const int RetryAfterSeconds = 5;

    public static ProblemDetails Unavailable() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "The service is temporarily unavailable.",
        Detail = "Try again in a moment.",
    };

    /// <summary>Bad input in one field: 400, with the field named as the client spells it.</summary>
    public static ValidationProblemDetails InvalidField(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request is not valid.",
        Detail = $"Check the field '{field}'.",
    };

    /// <summary>A well-formed request that breaks a rule: 409 with the rule in words.</summary>
    public static ProblemDetails BrokenRule(string rule, int status = StatusCodes.Status409Conflict) => new()
    {
        Status = status,
        Title = "The request breaks a rule.",
        Detail = rule,
    };
}
