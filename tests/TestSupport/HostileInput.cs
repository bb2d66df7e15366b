using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace HerstelWerk.Testing;

/// <summary>Sends input a careless client or an attacker would send, and checks it gets a 400 that names the field.</summary>
public static class HostileInput
{
    /// <summary>Posts <paramref name="json"/> as it is (no serializer to tidy it up).</summary>
    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string path, string json) =>
        client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    /// <summary>Asserts a 400 ProblemDetails whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task AssertNamesFieldAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 naming '{field}', got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"Expected errors to name '{field}': {body}");
    }
}
