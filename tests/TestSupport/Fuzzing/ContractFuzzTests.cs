using System.Net;
using System.Text.Json;
using CsCheck;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Xunit;
using Xunit.Abstractions;

namespace HerstelWerk.Testing.Fuzzing;

/// <summary>
/// A contract fuzz test driven by the service's own OpenAPI document: every operation is called with
/// allowed and with hostile input generated from its schemas (CsCheck's random source, seeded), as a
/// role it admits, and every answer must keep the document's promises: never a 5xx; a status the
/// operation documents; a body that validates against the documented schema; every 4xx a problem
/// (<c>application/problem+json</c>); every 400 naming a field the request has. A new endpoint is covered
/// by being in the document. Set <c>HERSTELWERK_FUZZ_SEED</c> to the seed a failure prints to replay it.
/// </summary>
public abstract class ContractFuzzTests<TProgram>(ServiceFixture<TProgram> service, ITestOutputHelper output) where TProgram : class
{
    /// <summary>Operations left out: ones whose effect would change what every later request sees.</summary>
    private static readonly HashSet<string> LeftOut = ["MoveBusinessDate", "SeedDevelopmentVolunteers"];

    /// <summary>
    /// Records only other services' events create (a participant Courses registered, a release), made
    /// before the fuzzing starts, so calls reach them too; the fuzzer finds their ids by listing.
    /// </summary>
    protected virtual Task SeedAsync(ServiceFixture<TProgram> fixture) => Task.CompletedTask;

    /// <summary>Rounds over all operations; odd rounds are hostile. About 1,000 to 1,600 requests, 4 to 7 s per service here.</summary>
    protected virtual int Rounds => 48;

    [Fact]
    public async Task Every_operation_keeps_its_documented_contract_under_generated_and_hostile_input()
    {
        var seed = Environment.GetEnvironmentVariable("HERSTELWERK_FUZZ_SEED") is { Length: > 0 } given ? given : new PCG((uint)Random.Shared.Next()).ToString();
        var random = PCG.Parse(seed);
        await SeedAsync(service);
        var document = new ApiDocument(await service.Client.GetStringAsync("/openapi/v1.json"), service.ServiceName);
        var ids = new IdPool();
        var factory = new RequestFactory(document, ids, random);
        var roles = RolesByOperation();
        var clients = new Dictionary<string, HttpClient>();
        var failures = new List<string>();
        var sent = 0;
        var tally = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var operations = document.Operations.Where(o => !LeftOut.Contains(o.Id) && roles.ContainsKey(o.Id))
            // Lists and creations first, so later calls find records to read and change.
            .OrderBy(o => !o.Path.Contains('{') && o.Method is "GET" or "POST" ? 0 : 1).ThenBy(o => o.Path, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(operations);

        for (var round = 0; round < Rounds && failures.Count < 20; round++)
        {
            foreach (var operation in operations)
            {
                var request = factory.Create(operation, hostile: round % 2 == 1);
                var role = roles[operation.Id];
                var client = clients.TryGetValue(role, out var existing) ? existing : clients[role] = service.ClientAs(role);
                using var response = await client.SendAsync(request.ToMessage());
                sent++;
                var outcome = $"{request.Hostile ?? "allowed"} -> {(int)response.StatusCode}";
                tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
                var text = await response.Content.ReadAsStringAsync();
                if (Check(document, request, response, text) is { } problem)
                {
                    failures.Add($"{problem}\n    {request}\n    answer {(int)response.StatusCode}: {(text.Length > 4000 ? text[..4000] + "…" : text)}");
                }
                else if (response.IsSuccessStatusCode && IsJson(response) && text.Length > 0)
                {
                    ids.Harvest(request.Operation.Path, JsonDocument.Parse(text).RootElement);
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        output.WriteLine($"{sent} requests to {operations.Count} operations, seed {seed}:");
        foreach (var (outcome, count) in tally)
        {
            output.WriteLine($"  {outcome}: {count}");
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} broken promises in {sent} requests; replay with HERSTELWERK_FUZZ_SEED={seed}\n  " + string.Join("\n  ", failures.Take(10)));
    }

    private static string? Check(ApiDocument document, FuzzRequest request, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"a {status}";
        }

        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!request.Operation.Responses.TryGetValue(key, out var schema))
        {
            return $"status {status} is not documented for {request.Operation.Id} (documented: {string.Join(", ", request.Operation.Responses.Keys)})";
        }

        if (status >= 400 && text.Length > 0 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"a {status} that is not application/problem+json but {response.Content.Headers.ContentType?.MediaType}";
        }

        if (schema is not null && text.Length > 0 && IsJson(response) && document.Mismatch(schema, JsonDocument.Parse(text).RootElement) is { } mismatch)
        {
            return $"the {status} body does not match its schema: {mismatch}";
        }

        if (status == StatusCodes.Status400BadRequest)
        {
            var errors = JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var named) ? named : default;
            if (errors.ValueKind != JsonValueKind.Object)
            {
                return "a 400 that names no field";
            }

            var fields = new HashSet<string>(request.Fields, StringComparer.OrdinalIgnoreCase);
            AddSentNames(request.Body, fields);
            var unknown = errors.EnumerateObject().Select(e => e.Name).Where(name => !fields.Contains(FirstSegment(name))).ToList();
            if (unknown.Count > 0)
            {
                return $"a 400 naming {string.Join(", ", unknown)}, which the request does not have";
            }
        }

        return null;
    }

    private static bool IsJson(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;

    /// <summary>"attendance[0].presence" is about "attendance"; "participant.expectedReleaseDate" about "participant".</summary>
    private static string FirstSegment(string name) => name.Split('.', '[')[0];

    /// <summary>Keys the body actually sent (an unknown or repeated key is one the request has, too).</summary>
    private static void AddSentNames(string? body, HashSet<string> names)
    {
        if (body is null)
        {
            return;
        }

        try
        {
            using var sent = JsonDocument.Parse(body);
            Walk(sent.RootElement);
        }
        catch (JsonException)
        {
            // Broken JSON on purpose: only "body" is a field of it.
        }

        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }

    /// <summary>For each operation, the first role its access rule admits.</summary>
    private Dictionary<string, string> RolesByOperation() =>
        service.Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (Name: endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, Rule: endpoint.Metadata.GetMetadata<AccessRule>()))
            .Where(e => e.Name is not null && e.Rule is { IsAnonymous: false })
            .GroupBy(e => e.Name!)
            .ToDictionary(g => g.Key, g => g.First().Rule!.Roles.OrderBy(r => r == Roles.Volunteer ? 1 : 0).First());
}
