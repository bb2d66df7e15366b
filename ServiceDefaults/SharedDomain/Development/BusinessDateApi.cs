using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace HerstelWerk.SharedDomain.Development;

/// <summary>
/// Walking time, in Development only: an admin moves the business date (say six months ahead) and runs
/// the scheduled jobs, so a demo or an acceptance run sees aftercare through to its end through the API.
/// Outside Development these endpoints do not exist and the clock cannot move.
/// </summary>
public static class BusinessDateApi
{
    public static void MapBusinessDateApi(this WebApplication app, string routePrefix)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        var date = app.MapApiGroup($"{routePrefix}/development/business-date", "Development");
        date.MapGet("/", Get)
            .RequireAccess(Roles.Admin)
            .WithName("GetBusinessDate")
            .WithSummary("Development only: the business date this service decides with, against the system's.");
        date.MapPut("/", Move)
            .RequireAccess(Roles.Admin)
            .WithName("MoveBusinessDate")
            .WithSummary("Development only: move this service's business date (today back to the system's date). The outbox and inbox keep real time.");
    }

    public static Ok<BusinessDateDto> Get(BusinessClock clock, TimeProvider time) => TypedResults.Ok(Describe(clock, time));

    public static Ok<BusinessDateDto> Move(BusinessDateRequest request, BusinessClock clock, TimeProvider time)
    {
        clock.MoveTo(request.Today!.Value);
        return TypedResults.Ok(Describe(clock, time));
    }

    private static BusinessDateDto Describe(BusinessClock clock, TimeProvider time)
    {
        var systemToday = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new BusinessDateDto(clock.Today, systemToday, clock.Today.DayNumber - systemToday.DayNumber);
    }
}
