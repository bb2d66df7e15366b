using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Participants;

namespace HerstelWerk.Aftercare;

/// <summary>Aftercare: at least six months of support after release, for the ex-prisoner and the employer.</summary>
internal static class Extensions
{
    public const string ServiceName = "aftercare";
    public const string RoutePrefix = "/api/aftercare";

    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddHerstelWerkService<AftercareDbContext>(ServiceName, bus => bus.AddParticipantProjection());
    }
}
