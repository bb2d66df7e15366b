using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Development;

/// <summary>Where to move the business date (Development only).</summary>
/// <param name="Today">The new business date; the system's date to go back.</param>
public sealed record BusinessDateRequest([property: Required] DateOnly? Today) : IOpenApiExample<BusinessDateRequest>
{
    public static BusinessDateRequest Example => new(new DateOnly(2027, 6, 1));
}
