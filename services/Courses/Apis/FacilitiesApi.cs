using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>Facilities: reference data that staff read and admins maintain.</summary>
public static class FacilitiesApi
{
    public const string Route = Extensions.RoutePrefix + "/facilities";

    public static RouteGroupBuilder MapFacilitiesApi(this IEndpointRouteBuilder endpoints)
    {
        var facilities = endpoints.MapApiGroup(Route, "Facilities");
        facilities.MapGet("/", ListFacilities)
            .RequireAccess(Extensions.Staff)
            .WithName("ListFacilities")
            .WithSummary("Penitentiary institutions and forensic centres, by name; ?activeOnly=true hides closed ones.");
        facilities.MapGet("/{facilityId}", GetFacility)
            .RequireAccess(Extensions.Staff)
            .WithName("GetFacility")
            .WithSummary("One facility, with its ETag for changes.");
        facilities.MapPost("/", AddFacility)
            .RequireAccess(Roles.Admin)
            .WithName("AddFacility")
            .WithSummary("Add a facility; its id is permanent, and both id and name are unique (409 otherwise).");
        facilities.MapPut("/{facilityId}", UpdateFacility)
            .RequiresIfMatch()
            .RequireAccess(Roles.Admin)
            .WithName("UpdateFacility")
            .WithSummary("Rename, reclassify or close a facility. Send the ETag you read as If-Match.");
        return facilities;
    }

    public static async Task<Ok<Page<FacilityDto>>> ListFacilities(
        [AsParameters] PageQuery paging, bool? activeOnly, CoursesDbContext db, CancellationToken cancellationToken)
    {
        var facilities = db.Facilities.AsNoTracking();
        if (activeOnly == true)
        {
            facilities = facilities.Where(f => f.IsActive);
        }

        return TypedResults.Ok(await facilities.OrderBy(f => f.Name)
            .Select(f => new FacilityDto(f.Id, f.Name, f.Kind, f.City, f.IsActive))
            .ToPageAsync(paging, cancellationToken));
    }

    public static async Task<Results<Ok<FacilityDto>, NotFound>> GetFacility(
        string facilityId, CoursesDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == facilityId, cancellationToken);
        if (facility is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(db.VersionOf(facility));
        return TypedResults.Ok(FacilityDto.From(facility));
    }

    public static Task<Created<FacilityDto>> AddFacility(FacilityRequest request, Changes<Facility> changes, CancellationToken cancellationToken) =>
        changes.CreateAsync(Facility.Add(
                request.Id is { Length: > 0 } id ? id : throw new InvalidInputException("id", "The id field is required."),
                request.Name!, request.Kind!.Value, request.City!, request.IsActive), cancellationToken)
            .Created(FacilityDto.From, facility => $"{Route}/{facility.Id}");

    public static Task<Results<Ok<FacilityDto>, NotFound, ProblemHttpResult>> UpdateFacility(
        string facilityId, FacilityRequest request, Changes<Facility> changes, CancellationToken cancellationToken) =>
        changes.UpdateAsync(facilityId, facility => facility.Update(request.Name!, request.Kind!.Value, request.City!, request.IsActive), cancellationToken)
            .Ok(FacilityDto.From);
}
