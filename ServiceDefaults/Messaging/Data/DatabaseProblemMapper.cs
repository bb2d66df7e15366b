using HerstelWerk.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HerstelWerk.Messaging.Data;

/// <summary>
/// What the database's refusals mean to a client: a lost race is a 409, a broken unique rule a 409 with
/// its sentence, and a database out of reach a 503. Anything else stays a 500.
/// </summary>
internal sealed class DatabaseProblemMapper(DatabaseWatch database) : IProblemMapper
{
    public ProblemDetails? Describe(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The record was changed by someone else.",
            Detail = "Reload the record and apply your change again.",
        },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } update
            when update.Entries.FirstOrDefault()?.Context.Model is { } model && UniqueRules.RuleOf(model, unique.ConstraintName) is { } rule =>
            ProblemDescriptions.BrokenRule(rule),
        _ when DatabaseOutages.IsOutage(exception) => Unavailable(exception),
        _ => null,
    };

    private ProblemDetails Unavailable(Exception exception)
    {
        // The next requests fail fast until the watch's next probe finds the database back.
        database.ReportUnreachable(exception.GetBaseException().Message);
        return ProblemDescriptions.Unavailable();
    }
}
