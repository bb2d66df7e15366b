using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace HerstelWerk.EventCatalogue;

/// <summary>
/// A synthetic example of each event for the catalogue: no real person, and the same values on every
/// build so the document is stable. Values are chosen by property type and, for dates and texts, by
/// name; a property this cannot fill fails the build of the catalogue, so a new field gets an example.
/// </summary>
public static class ExampleEvents
{
    /// <summary>When every example happened; each date is a day around it.</summary>
    public static readonly DateTimeOffset OccurredAt = new(2026, 11, 30, 9, 30, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, DateOnly> Dates = new(StringComparer.Ordinal)
    {
        ["ExpectedReleaseDate"] = new(2027, 3, 15),
        ["StartedOn"] = new(2026, 5, 11),
        ["LastContactOn"] = new(2026, 11, 2),
        ["OverdueSince"] = new(2026, 11, 17),
        ["VisitOn"] = new(2026, 12, 10),
    };

    /// <summary>Texts are codes from fixed lists (see the allow-list in ContractConventionsTests), never free text.</summary>
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["Facility"] = "PI Vught",
        ["FacilityId"] = "pi-vught",
        ["FromFacilityId"] = "pi-vught",
        ["ToFacilityId"] = "pi-zwolle",
        ["ToFacility"] = "PI Zwolle",
        ["CourseTypeId"] = "cao",
        ["Outcome"] = "Completed",
        ["EnrolmentEndedV1.Reason"] = "Released",
        ["EmploymentEndedV1.Reason"] = "ContractEnded",
    };

    public static object For(Type type)
    {
        var example = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            property.SetValue(example, Value(type, property.Name, property.PropertyType));
        }

        return example;
    }

    /// <summary>The same key gives the same id: <c>participantId</c> is one participant across the examples.</summary>
    public static Guid Id(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16]);

    private static object Value(Type owner, string name, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(Guid) => Id(name == "EventId" ? $"{owner.Name}.{name}" : name),
            _ when underlying == typeof(DateTimeOffset) => OccurredAt,
            _ when underlying == typeof(DateOnly) => Dates.GetValueOrDefault(name, DateOnly.FromDateTime(OccurredAt.UtcDateTime)),
            _ when underlying == typeof(int) => name == "Revision" ? 3 : 1,
            _ when underlying == typeof(bool) => true,
            _ when underlying == typeof(string) => Texts.GetValueOrDefault($"{owner.Name}.{name}") ?? Texts.GetValueOrDefault(name)
                ?? throw new InvalidOperationException($"No example text for {owner.Name}.{name}: add a realistic code to {nameof(ExampleEvents)}.{nameof(Texts)}."),
            { IsGenericType: true } list when list.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => Items(owner, name, list.GetGenericArguments()[0]),
            _ => throw new InvalidOperationException($"No example value for {owner.Name}.{name} of type {type.Name}: teach {nameof(ExampleEvents)} the type."),
        };
    }

    /// <summary>Two items; for ids, the first is the one the other examples use (<c>participantId</c> for <c>participantIds</c>).</summary>
    private static Array Items(Type owner, string name, Type item)
    {
        var items = Array.CreateInstance(item, 2);
        var singular = name.EndsWith('s') ? name[..^1] : name;
        items.SetValue(Value(owner, singular, item), 0);
        items.SetValue(Value(owner, $"{singular}#2", item), 1);
        return items;
    }
}
