using HerstelWerk.Messaging.Data;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Apis;

/// <summary>Employers' vacancies, with their requirements and status.</summary>
public static class VacanciesApi
{
    public const string Route = Extensions.RoutePrefix + "/vacancies";

    public static void MapVacanciesApi(this IEndpointRouteBuilder endpoints)
    {
        var vacancies = endpoints.MapApiGroup(Route, "Employers and vacancies");
        vacancies.MapPost("/", Create)
            .RequireAccess(Extensions.Staff)
            .WithName("CreateVacancy")
            .WithSummary("Record an employer's vacancy; sector and region default to the employer's.");
        vacancies.MapGet("/", List)
            .RequireAccess(Extensions.Staff)
            .WithName("ListVacancies")
            .WithSummary("Vacancies, soonest start first; filter by status, employerId, sector and region.");
        vacancies.MapGet("/{vacancyId:guid}", Get)
            .RequireAccess(Extensions.Staff)
            .WithName("GetVacancy")
            .WithSummary("One vacancy, with its ETag.");
        vacancies.MapPut("/{vacancyId:guid}", Update)
            .RequiresIfMatch()
            .RequireAccess(Extensions.Staff)
            .WithName("UpdateVacancy")
            .WithSummary("Change a vacancy, its requirements or its status (Open, Filled, Closed). Send the ETag as If-Match.");
    }

    public static async Task<Created<VacancyDto>> Create(
        VacancyRequest request, PlacementDbContext db, Changes<Vacancy> changes, BusinessClock clock, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.FindAsync([request.EmployerId!.Value], cancellationToken)
            ?? throw new InvalidInputException("employerId", "There is no employer with this id.");
        return await changes.CreateAsync(Vacancy.Create(employer.Id, request.ToDetails(employer), clock.Now), cancellationToken)
            .Created(VacancyDto.From, vacancy => $"{Route}/{vacancy.Id}");
    }

    public static async Task<Ok<Page<VacancyDto>>> List(
        [AsParameters] VacancySearch search, [AsParameters] PageQuery paging, PlacementDbContext db, CancellationToken cancellationToken)
    {
        var vacancies = db.Vacancies.AsNoTracking();
        if (search.Status is { } status)
        {
            vacancies = vacancies.Where(v => v.Status == status);
        }

        if (search.EmployerId is { } employerId)
        {
            vacancies = vacancies.Where(v => v.EmployerId == employerId);
        }

        if (search.Sector is { } sector)
        {
            vacancies = vacancies.Where(v => v.Sector == sector);
        }

        if (search.Region is { } region)
        {
            vacancies = vacancies.Where(v => EF.Functions.ILike(v.Region, region));
        }

        var page = await vacancies.OrderBy(v => v.StartsOn == null).ThenBy(v => v.StartsOn).ThenBy(v => v.Id)
            .Select(v => new VacancyDto(v.Id, v.EmployerId, v.Title, v.Sector, v.Region, v.Requirements, v.StartsOn, v.Status, v.Revision))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<VacancyDto>, NotFound>> Get(Guid vacancyId, PlacementDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(vacancy.Revision);
        return TypedResults.Ok(VacancyDto.From(vacancy));
    }

    public static Task<Results<Ok<VacancyDto>, NotFound, ProblemHttpResult>> Update(
        Guid vacancyId, VacancyRequest request, Changes<Vacancy> changes, PlacementDbContext db, CancellationToken cancellationToken) =>
        changes.UpdateAsync(vacancyId, async vacancy =>
        {
            if (request.EmployerId != vacancy.EmployerId)
            {
                throw new InvalidInputException("employerId", "A vacancy stays with its employer; record a new vacancy instead.");
            }

            // The employer's sector and region fill in what the request leaves out.
            var employer = await db.Employers.SingleAsync(e => e.Id == vacancy.EmployerId, cancellationToken);
            vacancy.Update(request.ToDetails(employer));
        }, cancellationToken).Ok(VacancyDto.From);
}
