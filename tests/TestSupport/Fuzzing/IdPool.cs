using System.Collections.Concurrent;
using System.Text.Json;

namespace HerstelWerk.Testing.Fuzzing;

/// <summary>
/// The ids the service handed out so far, by the name a path or body would use for them
/// (<c>participantId</c>), so later requests reach real records and not only 404s.
/// </summary>
public sealed class IdPool
{
    private readonly ConcurrentDictionary<string, List<string>> _ids = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Remembers the ids in an answer: <c>id</c> as the resource's own (<c>/runs</c> gives <c>runId</c>), and every <c>...Id</c>.</summary>
    public void Harvest(string path, JsonElement answer)
    {
        var resource = ResourceIdName(path);
        Walk(answer, resource, depth: 0);
    }

    public string? Pick(string name, Func<int, int> next)
    {
        if (!_ids.TryGetValue(name, out var ids))
        {
            return null;
        }

        lock (ids)
        {
            return ids.Count == 0 ? null : ids[next(ids.Count)];
        }
    }

    private void Walk(JsonElement element, string? resource, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, resource, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String)
                    {
                        var name = property.Name == "id" ? resource : property.Name.EndsWith("Id", StringComparison.Ordinal) ? property.Name : null;
                        if (name is not null)
                        {
                            Add(name, property.Value.GetString()!);
                        }
                    }
                    else
                    {
                        // Items of a page belong to the path's resource; nested records keep their own names.
                        Walk(property.Value, property.Name == "items" ? resource : null, depth + 1);
                    }
                }

                break;
        }
    }

    private void Add(string name, string id)
    {
        var ids = _ids.GetOrAdd(name, _ => []);
        lock (ids)
        {
            if (ids.Count < 200 && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }
    }

    /// <summary>"/api/courses/runs/{runId}/enrolments" gives "enrolmentId"; "/api/courses/facilities" gives "facilityId".</summary>
    private static string? ResourceIdName(string path)
    {
        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(s => !s.StartsWith('{'));
        if (segment is null)
        {
            return null;
        }

        var singular = segment.EndsWith("ies", StringComparison.Ordinal) ? segment[..^3] + "y" : segment.TrimEnd('s');
        var words = singular.Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Id";
    }
}
