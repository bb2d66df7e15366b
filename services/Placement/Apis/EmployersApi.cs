using HerstelWerk.Messaging.Data;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Apis;

/// <summary>Employers: business contact data that stays in Placement; events name them by id only.</summary>
public static class EmployersApi
{
    public const string Route = Extensions.RoutePrefix + "/employers";

    public static void MapEmployersApi(this IEndpointRouteBuilder endpoints)
    {
        var employers = endpoints.MapApiGroup(Route, "Employers and vacancies");
        employers.MapPost("/", Create)
            .RequireAccess(Extensions.Staff)
            .WithName("CreateEmployer")
            .WithSummary("Record an employer: organisation, contact person, sector, region and whether they hire people with a record.");
        employers.MapGet("/", List)
            .RequireAccess(Extensions.Staff)
            .WithName("ListEmployers")
            .WithSummary("Employers by organisation name; filter by sector, region and search (part of the name).");
        employers.MapGet("/{employerId:guid}", Get)
            .RequireAccess(Extensions.Staff)
            .WithName("GetEmployer")
            .WithSummary("One employer, with its ETag.");
        employers.MapPut("/{employerId:guid}", Update)
            .RequiresIfMatch()
            .RequireAccess(Extensions.Staff)
            .WithName("UpdateEmployer")
            .WithSummary("Change an employer's details. Send the ETag as If-Match.");
    }

    public static Task<Created<EmployerDto>> Create(
        EmployerRequest request, Changes<Employer> changes, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.CreateAsync(Employer.Create(request.ToDetails(), clock.Now), cancellationToken)
            .Created(EmployerDto.From, employer => $"{Route}/{employer.Id}");

    public static async Task<Ok<Page<EmployerDto>>> List(
        [AsParameters] EmployerSearch search, [AsParameters] PageQuery paging, PlacementDbContext db, CancellationToken cancellationToken)
    {
        var employers = db.Employers.AsNoTracking();
        if (search.Sector is { } sector)
        {
            employers = employers.Where(e => e.Sector == sector);
        }

        if (search.Region is { } region)
        {
            employers = employers.Where(e => EF.Functions.ILike(e.Region, region));
        }

        if (search.Search?.Trim() is { Length: > 0 } text)
        {
            employers = employers.Where(e => EF.Functions.ILike(e.Organisation, LikePattern.Containing(text)));
        }

        var page = await employers.OrderBy(e => e.Organisation).ThenBy(e => e.Id)
            .Select(e => new EmployerDto(e.Id, e.Organisation, e.ContactPerson, e.ContactEmail, e.ContactPhone, e.Sector, e.Region, e.HiresPeopleWithRecord, e.Revision))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<EmployerDto>, NotFound>> Get(Guid employerId, PlacementDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken);
        if (employer is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(employer.Revision);
        return TypedResults.Ok(EmployerDto.From(employer));
    }

    public static Task<Results<Ok<EmployerDto>, NotFound, ProblemHttpResult>> Update(
        Guid employerId, EmployerRequest request, Changes<Employer> changes, CancellationToken cancellationToken) =>
        changes.UpdateAsync(employerId, employer => employer.Update(request.ToDetails()), cancellationToken).Ok(EmployerDto.From);
}
