using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Development;

/// <summary>What the development seed did.</summary>
public sealed record SeedResult(int Volunteers, string Message) : IOpenApiExample<SeedResult>
{
    public static SeedResult Example => new(DevelopmentVolunteers.Count, $"Loaded {DevelopmentVolunteers.Count} development volunteers.");
}
