using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace HerstelWerk.ServiceDefaults.Api;

/// <summary>
/// Optimistic concurrency over HTTP. A record's revision is its ETag; a change must send it back in
/// <c>If-Match</c>. A stale one gets 412, a missing one 428, so two people editing the same record can
/// never silently overwrite each other. (A race between two matching requests ends in 409.)
/// </summary>
public static class Revisions
{
    /// <summary>A record's version (a revision number, or PostgreSQL's row version) as a strong ETag.</summary>
    public static string ETag(IFormattable revision) => $"\"{revision.ToString(null, CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, IFormattable revision) => response.Headers.ETag = ETag(revision);

    /// <summary>Null when <c>If-Match</c> names <paramref name="revision"/>; otherwise the problem to answer with.</summary>
    public static ProblemHttpResult? CheckIfMatch(HttpRequest request, IFormattable revision)
    {
        var ifMatch = request.Headers.IfMatch;
        if (ifMatch.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required.", detail: "Send the ETag you read, so a concurrent change cannot be overwritten.");
        }

        var matches = EntityTagHeaderValue.TryParseList(ifMatch, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Value == ETag(revision));
        return matches ? null : TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The record changed since you read it.", detail: $"It is now at version {ETag(revision)}; reload it and apply your change again.");
    }
}
