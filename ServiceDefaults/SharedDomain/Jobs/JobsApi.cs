using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HerstelWerk.SharedDomain.Jobs;

/// <summary>The service's scheduled jobs, for admins: which there are, and running one now (audited).</summary>
public static class JobsApi
{
    public static void MapJobsApi(this IEndpointRouteBuilder endpoints, string routePrefix)
    {
        var jobs = endpoints.MapApiGroup($"{routePrefix}/jobs", "Jobs");
        jobs.MapGet("/", List)
            .RequireAccess(Roles.Admin)
            .WithName("ListScheduledJobs")
            .WithSummary("The service's scheduled jobs, with what each does and how often the timer runs it.");
        jobs.MapPost("/{job}/runs", RunNow)
            .RequireAccess(Roles.Admin)
            .WithName("RunScheduledJob")
            .WithSummary("Run a scheduled job now, on the business date, instead of waiting for its timer. The run is in the audit log.");
    }

    public static Ok<List<ScheduledJobDto>> List(IEnumerable<ScheduledJob> jobs) =>
        TypedResults.Ok(jobs.OrderBy(job => job.Name, StringComparer.Ordinal).Select(job => new ScheduledJobDto(job.Name, job.Description, job.Every)).ToList());

    public static async Task<Results<Ok<JobRunDto>, NotFound>> RunNow(
        string job, IEnumerable<ScheduledJob> jobs, ParticipantAudit audit, BusinessClock clock, TimeProvider time, CancellationToken cancellationToken)
    {
        if (jobs.FirstOrDefault(candidate => candidate.Name == job) is not { } scheduled)
        {
            return TypedResults.NotFound();
        }

        var started = time.GetUtcNow();
        var businessDate = clock.Today;
        var outcome = await scheduled.RunNowAsync(cancellationToken);
        await audit.RecordActionAsync(AuditAction.RunJob, cancellationToken);
        return TypedResults.Ok(new JobRunDto(scheduled.Name, businessDate, started, time.GetUtcNow(), outcome));
    }
}
