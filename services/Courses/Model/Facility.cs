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
