using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Aftercare.Apis;

internal static class ResultWidening
{
    /// <summary>The same answer, typed for a handler that may also answer a 400 of its own.</summary>
    public static Results<TOk, NotFound, ProblemHttpResult, ValidationProblem> OrInvalid<TOk>(this Results<TOk, NotFound, ProblemHttpResult> result)
        where TOk : IResult =>
        result.Result switch
        {
            TOk ok => ok,
            NotFound notFound => notFound,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException($"Unexpected result {result.Result.GetType().Name}."),
        };

    /// <summary>A 400 for a date after the business date.</summary>
    public static ValidationProblem InFuture(string field, string what) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"{what} cannot be dated in the future."] },
            title: "The request is not valid.", detail: $"Check the field '{field}'.");
}
