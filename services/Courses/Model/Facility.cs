namespace HerstelWerk.Courses.Model;

/// <summary>
/// A place where participants are held and courses run: reference data that admins maintain. The id
/// is a stable, readable code ("pi-vught") that events and partners use; the name may change.
/// </summary>
public sealed class Facility
{
    private Facility()
    {
    }

    public Facility(string id, string name, FacilityKind kind, string city)
    {
        Id = id;
        Name = name;
        Kind = kind;
        City = city;
        IsActive = true;
    }

    /// <summary>Also the rule texts of the facility's unique id and name, answered when an admin repeats one.</summary>
    public const string IdTaken = "A facility with this id exists already.";

    public const string NameTaken = "A facility with this name exists already.";

    /// <summary>A facility an admin adds; the id is permanent.</summary>
    public static Facility Add(string id, string name, FacilityKind kind, string city, bool isActive)
    {
        var facility = new Facility(id, name.Trim(), kind, city.Trim());
        facility.Update(facility.Name, kind, facility.City, isActive);
        return facility;
    }

    public string Id { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public FacilityKind Kind { get; private set; }

    public string City { get; private set; } = string.Empty;

    /// <summary>A closed facility stays for history, but takes no new participants or course runs.</summary>
    public bool IsActive { get; private set; }

    public void Update(string name, FacilityKind kind, string city, bool isActive)
    {
        Name = name.Trim();
        Kind = kind;
        City = city.Trim();
        IsActive = isActive;
    }
}
