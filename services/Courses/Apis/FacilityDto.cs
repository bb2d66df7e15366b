using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

public sealed record FacilityDto(string Id, string Name, FacilityKind Kind, string City, bool IsActive)
{
    public static FacilityDto From(Facility facility) => new(facility.Id, facility.Name, facility.Kind, facility.City, facility.IsActive);
}
