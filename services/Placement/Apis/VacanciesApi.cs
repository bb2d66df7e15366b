using HerstelWerk.Messaging.Data;
using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Placement.Apis;

/// <summary>Employers' vacancies, with their requirements and status.</summary>
public static class VacanciesApi
{
    public const string Route = Extensions.RoutePrefix + "/vacancies";

    public static void MapVacanciesApi(this IEndpointRouteBuilder endpoints)
    {
        var vacancies = endpoints.MapApiGroup(Route, "Employers and vacancies").RequireAccess(Extensions.Staff);
        vacancies.MapPost("/", Create)
            .WithName("CreateVacancy")
            .WithSummary("Record an employer's vacancy; sector and region default to the employer's.");
        vacancies.MapGet("/", List)
            .WithName("ListVacancies")
            .WithSummary("Vacancies, soonest start first; filter by status, employerId, sector and region.");
        vacancies.MapGet("/{vacancyId:guid}", Get)
            .WithName("GetVacancy")
            .WithSummary("One vacancy, with its ETag.");
        vacancies.MapPut("/{vacancyId:guid}", Update)
            .WithName("UpdateVacancy")
            .WithSummary("Change a vacancy, its requirements or its status (Open, Filled, Closed). Send the ETag as If-Match.");
    }

    public static async Task<Results<Created<VacancyDto>, ValidationProblem>> Create(
        VacancyRequest request, PlacementDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.Employers.FindAsync([request.EmployerId!.Value], cancellationToken) is not { } employer)
        {
            return UnknownEmployer();
        }

        var vacancy = Vacancy.Create(employer.Id, request.ToDetails(employer), time.GetUtcNow());
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(vacancy.Revision);
        return TypedResults.Created($"{Route}/{vacancy.Id}", VacancyDto.From(vacancy));
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

    public static async Task<Results<Ok<VacancyDto>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid vacancyId, VacancyRequest request, PlacementDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy is null)
        {
            return TypedResults.NotFound();
        }

        if (Revisions.CheckIfMatch(http.Request, vacancy.Revision) is { } precondition)
        {
            return precondition;
        }

        if (request.EmployerId != vacancy.EmployerId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["employerId"] = ["A vacancy stays with its employer; record a new vacancy instead."] });
        }

        var employer = await db.Employers.SingleAsync(e => e.Id == vacancy.EmployerId, cancellationToken);
        vacancy.Update(request.ToDetails(employer));
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(vacancy.Revision);
        return TypedResults.Ok(VacancyDto.From(vacancy));
    }

    private static ValidationProblem UnknownEmployer() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["employerId"] = ["There is no employer with this id."] });
}
