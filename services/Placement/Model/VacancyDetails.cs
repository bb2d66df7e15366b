namespace HerstelWerk.Placement.Model;

/// <summary>What a vacancy asks and offers.</summary>
/// <param name="StartsOn">The first working day the employer has in mind; none when by arrangement.</param>
public sealed record VacancyDetails(string Title, string Sector, string Region, string Requirements, DateOnly? StartsOn, VacancyStatus Status);
