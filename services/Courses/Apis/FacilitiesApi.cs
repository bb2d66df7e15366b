using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>Facilities: reference data that staff read and admins maintain.</summary>
public static class FacilitiesApi
{
    public const string Route = "/api/courses/facilities";

    public static RouteGroupBuilder MapFacilitiesApi(this IEndpointRouteBuilder endpoints)
    {
        var facilities = endpoints.MapApiGroup(Route, "Facilities");
        facilities.MapGet("/", ListFacilities)
            .RequireAccess(Roles.Coordinator, Roles.Adviser, Roles.Admin)
            .WithName("ListFacilities")
            .WithSummary("Penitentiary institutions and forensic centres, by name; ?activeOnly=true hides closed ones.");
        facilities.MapGet("/{facilityId}", GetFacility)
            .RequireAccess(Roles.Coordinator, Roles.Adviser, Roles.Admin)
            .WithName("GetFacility")
            .WithSummary("One facility, with its ETag for changes.");
        facilities.MapPost("/", AddFacility)
            .RequireAccess(Roles.Admin)
            .WithName("AddFacility")
            .WithSummary("Add a facility; its id is permanent.");
        facilities.MapPut("/{facilityId}", UpdateFacility)
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

        response.SetETag(db.RowVersion(facility));
        return TypedResults.Ok(FacilityDto.From(facility));
    }

    public static async Task<Results<Created<FacilityDto>, ValidationProblem, ProblemHttpResult>> AddFacility(
        FacilityRequest request, CoursesDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Id))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The id field is required."] });
        }

        var name = request.Name!.Trim();
        if (await db.Facilities.AnyAsync(f => f.Id == request.Id || f.Name == name, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A facility with this id or name exists already.");
        }

        var facility = new Facility(request.Id, name, request.Kind!.Value, request.City!.Trim());
        facility.Update(facility.Name, facility.Kind, facility.City, request.IsActive);
        db.Facilities.Add(facility);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{Route}/{facility.Id}", FacilityDto.From(facility));
    }

    public static async Task<Results<Ok<FacilityDto>, NotFound, ProblemHttpResult>> UpdateFacility(
        string facilityId, FacilityRequest request, CoursesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == facilityId, cancellationToken);
        if (facility is null)
        {
            return TypedResults.NotFound();
        }

        if (Revisions.CheckIfMatch(http.Request, db.RowVersion(facility)) is { } precondition)
        {
            return precondition;
        }

        facility.Update(request.Name!, request.Kind!.Value, request.City!, request.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(db.RowVersion(facility));
        return TypedResults.Ok(FacilityDto.From(facility));
    }
}
