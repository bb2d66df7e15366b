using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A VOG request and Justis' decision.</summary>
public sealed record VogRequestDto(Guid Id, DateOnly RequestedOn, VogOutcome Outcome, DateOnly? DecidedOn) : IOpenApiExample<VogRequestDto>
{
    /// <summary>Requested when the volunteer reached the VOG step, issued by Justis seven weeks later.</summary>
    public static VogRequestDto Example => new(VolunteerExamples.VogRequestId, new DateOnly(2026, 3, 2), VogOutcome.Issued, new DateOnly(2026, 4, 20));
}
