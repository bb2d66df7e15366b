using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Participants;
using HerstelWerk.ServiceDefaults.Security;

namespace HerstelWerk.Aftercare;

/// <summary>Aftercare: at least six months of support after release, for the ex-prisoner and the employer.</summary>
internal static class Extensions
{
    public const string ServiceName = "aftercare";
    public const string RoutePrefix = "/api/aftercare";

    /// <summary>Coordinators; buddies get their own participants once assignments exist.</summary>
    public static readonly string[] ParticipantReaders = [Roles.Coordinator];

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<AftercareDbContext>(ServiceName, bus => bus.AddParticipantProjection());
    }
}
