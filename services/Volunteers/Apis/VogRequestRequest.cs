using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A VOG was requested from Justis.</summary>
public sealed record VogRequestRequest : IOpenApiExample<VogRequestRequest>
{
    public static VogRequestRequest Example => new() { RequestedOn = VogRequestDto.Example.RequestedOn };

    /// <summary>The day it was requested; today when left out.</summary>
    public DateOnly? RequestedOn { get; init; }
}
