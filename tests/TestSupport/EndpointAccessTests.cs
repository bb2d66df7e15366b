using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xunit;

namespace HerstelWerk.Testing;

/// <summary>
/// Walks every endpoint a service registers and calls it with no token and with each role. An
/// endpoint without a stated access rule fails the first test, so no endpoint is born undecided; the
/// second proves each rule is what the service enforces: 401 without a token, 403 for other roles.
/// </summary>
public abstract partial class EndpointAccessTests<TProgram>(ServiceFixture<TProgram> service) where TProgram : class
{
    [Fact]
    public void Every_endpoint_states_who_may_call_it()
    {
        Assert.Contains(RoutedEndpoints(), endpoint => endpoint.Metadata.GetMetadata<AccessRule>() is { IsAnonymous: false });
        var undecided = RoutedEndpoints()
            .Where(endpoint => endpoint.Metadata.GetMetadata<AccessRule>() is null)
            .Select(Describe)
            .ToList();

        Assert.True(undecided.Count == 0,
            $"Endpoints without an access rule (use RequireAccess(...) or AllowAnyone()): {string.Join("; ", undecided)}");
    }

    [Fact]
    public async Task Every_endpoint_admits_exactly_the_roles_its_rule_names()
    {
        var failures = new List<string>();
        var calls = 0;
        foreach (var endpoint in RoutedEndpoints())
        {
            var rule = endpoint.Metadata.GetMetadata<AccessRule>() ?? new AccessRule(false, []);
            foreach (var role in Roles.All.Prepend(null))
            {
                using var client = service.ClientAs(role);
                using var response = await client.SendAsync(SampleRequest(endpoint));
                calls++;
                var expected = Expectation(rule, role);
                if (!expected.Matches(response.StatusCode))
                {
                    failures.Add($"{Describe(endpoint)} as {role ?? "nobody"}: expected {expected.Text}, got {(int)response.StatusCode}");
                }
                else if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{Describe(endpoint)} as {role ?? "nobody"}: a {(int)response.StatusCode} without ProblemDetails");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(calls >= 6 * 3, $"only {calls} calls: the walk should cover the service's endpoints");
    }

    [Fact]
    public void The_README_access_table_matches_the_endpoints()
    {
        var table = File.ReadLines(RepositoryFiles.Path("README.md"))
            .Select(line => ReadmeRow().Match(line))
            .Where(match => match.Success)
            .ToDictionary(
                match => match.Groups["endpoint"].Value,
                match => match.Groups["roles"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order().ToList());

        var guarded = RoutedEndpoints().Where(endpoint => endpoint.Metadata.GetMetadata<AccessRule>() is { IsAnonymous: false }).ToList();
        Assert.NotEmpty(guarded);
        foreach (var endpoint in guarded)
        {
            var key = Describe(endpoint);
            Assert.True(table.TryGetValue(key, out var roles), $"README.md's endpoint access table lacks `{key}`");
            Assert.Equal(endpoint.Metadata.GetMetadata<AccessRule>()!.Roles.Order(), roles);
        }
    }

    private IEnumerable<RouteEndpoint> RoutedEndpoints() => service.Endpoints.OfType<RouteEndpoint>();

    private static (string Text, Func<HttpStatusCode, bool> Matches) Expectation(AccessRule rule, string? role) =>
        rule.Allows(role) ? ("neither 401 nor 403", status => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        : role is null ? ("401", status => status == HttpStatusCode.Unauthorized)
        : ("403", status => status == HttpStatusCode.Forbidden);

    private static HttpRequestMessage SampleRequest(RouteEndpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? HttpMethods.Get;
        var path = RouteParameter().Replace(endpoint.RoutePattern.RawText ?? "/", match => match.Groups["constraint"].Value switch
        {
            "guid" => Guid.NewGuid().ToString(),
            "int" or "long" => "1",
            _ => "sample",
        });
        var request = new HttpRequestMessage(new HttpMethod(method), path.StartsWith('/') ? path : "/" + path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>"POST /api/courses/participants", as the README's table writes it.</summary>
    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])} {endpoint.RoutePattern.RawText?.TrimEnd('/')}";

    [GeneratedRegex(@"^\| `(?<endpoint>[A-Z]+ /[^`]*)` \| (?<roles>[a-z, ]+) \|$")]
    private static partial Regex ReadmeRow();

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)(:(?<constraint>[a-z]+))?[^}]*\}")]
    private static partial Regex RouteParameter();
}
