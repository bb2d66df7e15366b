namespace HerstelWerk.Volunteers.Development;

/// <summary>What the development seed did.</summary>
public sealed record SeedResult(int Volunteers, string Message);
