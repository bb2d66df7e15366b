using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HerstelWerk.Messaging.Idempotency;

/// <summary>
/// Makes a create endpoint safe to retry. The first request with a key stages a record that the
/// handler's own SaveChanges commits together with the change; the answer is added right after.
/// A repeat with the same key and the same input gets that answer again (header
/// <c>Idempotent-Replayed: true</c>); the same key with other input is a 422; a repeat while the first
/// is still running is a 409. Without the header the endpoint behaves as before.
/// </summary>
internal sealed class IdempotencyFilter(MessagingDbContext db, IOptions<JsonOptions> json, TimeProvider time) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 100;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Header] = [$"Use at most {MaxKeyLength} characters, e.g. a UUID."] });
        }

        var scope = $"{http.User.FindFirstValue(HerstelWerkClaims.Subject) ?? "anonymous"} {http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText}";
        var fingerprint = Fingerprint(context);
        var earlier = await db.Set<IdempotentRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, http.RequestAborted);
        if (earlier is not null)
        {
            return earlier.Fingerprint != fingerprint ? KeyReused()
                : earlier.StatusCode is null ? StillRunning()
                : new ReplayedResult(earlier);
        }

        var record = new IdempotentRequest(scope, key, fingerprint, time.GetUtcNow());
        db.Add(record);
        object? result;
        try
        {
            result = await next(context);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
            && unique.TableName == IdempotentRequestConfiguration.Table)
        {
            return StillRunning();
        }

        if (db.Entry(record).State == EntityState.Added)
        {
            // The handler stored nothing (invalid input, not found): nothing to remember, a retry may succeed.
            db.Entry(record).State = EntityState.Detached;
            return result;
        }

        // Typed unions (Results<Created<T>, ...>) wrap the result that was chosen.
        var answer = result;
        while (answer is INestedHttpResult nested)
        {
            answer = nested.Result;
        }

        var status = (answer as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var body = (answer as IValueHttpResult)?.Value is { } value ? JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions) : null;
        record.Complete(status, Location(answer), http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null, body);
        await db.SaveChangesAsync(http.RequestAborted);
        return result;
    }

    /// <summary>Created and Accepted results carry the new record's address.</summary>
    private static string? Location(object? result) => result?.GetType().GetProperty("Location")?.GetValue(result) as string;

    /// <summary>The values bound from the request (route, query, body), not the injected services.</summary>
    private static string Fingerprint(EndpointFilterInvocationContext context)
    {
        var services = context.HttpContext.RequestServices.GetRequiredService<IServiceProviderIsService>();
        var bound = context.Arguments
            .Where(argument => argument is not null and not CancellationToken and not HttpContext and not HttpRequest and not HttpResponse and not ClaimsPrincipal
                && !services.IsService(argument.GetType()))
            .Select(argument => JsonSerializer.Serialize(argument, argument!.GetType()));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', bound))));
    }

    private static ProblemHttpResult KeyReused() => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "This Idempotency-Key was used for a different request.", detail: "Use a new key for a new request.");

    private static ProblemHttpResult StillRunning() => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "A request with this Idempotency-Key is still being processed.", detail: "Wait a moment and send it again to get its answer.");
}
