using Microsoft.AspNetCore.Mvc;

namespace HerstelWerk.ServiceDefaults.Errors;

/// <summary>
/// Describes the exceptions one library knows (the database's, for instance) as problems. The exception
/// handler asks every registered mapper before its own defaults, so the platform needs no reference to
/// the libraries a process does not use.
/// </summary>
public interface IProblemMapper
{
    /// <summary>The problem to answer with, or null when this mapper does not know the exception.</summary>
    ProblemDetails? Describe(Exception exception);
}
