using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HerstelWerk.Web.Gateway;

/// <summary>
/// One way to call the gateway: send, and turn the answer into a value or an <see cref="ApiProblem"/>.
/// A network failure is a problem too, never an exception a page has to catch.
/// </summary>
public static class GatewayCall
{
    /// <summary>The API's JSON: camelCase names, choices by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<ApiResult<T>> SendAsync<T>(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var etag = response.Headers.ETag?.ToString();
            if (response.IsSuccessStatusCode)
            {
                var value = response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return new ApiResult<T>(value, null, etag);
            }

            return new ApiResult<T>(default, await ProblemOfAsync(response, cancellationToken));
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                              or Polly.CircuitBreaker.BrokenCircuitException
                                          || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new ApiResult<T>(default, ApiProblem.NetworkFailure());
        }
    }

    public static Task<ApiResult<T>> GetAsync<T>(HttpClient http, string path, CancellationToken cancellationToken) =>
        SendAsync<T>(http, new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    /// <summary>A change; <paramref name="ifMatch"/> is the ETag it was based on, for a step on a record that needs one (412 when it changed since).</summary>
    public static Task<ApiResult<T>> PostAsync<T>(HttpClient http, string path, object body, CancellationToken cancellationToken, string? idempotencyKey = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType(), options: Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return SendAsync<T>(http, request, cancellationToken);
    }

    /// <summary>
    /// An edit of a record people edit: it sends back the ETag it was based on (412 when someone changed it
    /// since). A record set whole, such as a pass, is sent without one.
    /// </summary>
    public static Task<ApiResult<T>> PutAsync<T>(HttpClient http, string path, object body, string? etag, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, body.GetType(), options: Json) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return SendAsync<T>(http, request, cancellationToken);
    }

    public static Task<ApiResult<T>> DeleteAsync<T>(HttpClient http, string path, CancellationToken cancellationToken) =>
        SendAsync<T>(http, new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    private static async Task<ApiProblem> ProblemOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            return ApiProblem.OfStatus(status);
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, cancellationToken);
            return new ApiProblem(status, body?.Title, body?.Detail, body?.Errors ?? []);
        }
        catch (JsonException)
        {
            return ApiProblem.OfStatus(status);
        }
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
