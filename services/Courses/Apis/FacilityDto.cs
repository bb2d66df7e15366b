using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record FacilityDto(string Id, string Name, FacilityKind Kind, string City, bool IsActive) : IOpenApiExample<FacilityDto>
{
    public static FacilityDto Example => new("pi-vught", "PI Vught", FacilityKind.Penitentiary, "Vught", true);

    public static FacilityDto From(Facility facility) => new(facility.Id, facility.Name, facility.Kind, facility.City, facility.IsActive);
}
