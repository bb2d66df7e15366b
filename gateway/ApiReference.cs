using HerstelWerk.ServiceDefaults.Security;
using Scalar.AspNetCore;

namespace HerstelWerk.Gateway;

internal static class ApiReference
{
    /// <summary>The services whose OpenAPI documents the gateway publishes at <c>/openapi/{service}.json</c>.</summary>
    public static readonly string[] Services = ["courses", "placement", "aftercare", "volunteers"];

    /// <summary>Scalar at <c>/scalar</c>, over every service's document, calling through this gateway.</summary>
    public static void MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(options =>
        {
            options.WithTitle("HerstelWerk API");
            foreach (var service in Services)
            {
                options.AddDocument(service, service, $"/openapi/{service}.json", isDefault: service == Services[0]);
            }
        }).AllowAnyone();
    }
}
