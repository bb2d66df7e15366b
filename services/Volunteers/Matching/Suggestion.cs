namespace HerstelWerk.Volunteers.Matching;

/// <summary>A volunteer suggested for a participant, with the reasons for their place in the ranking.</summary>
public sealed record Suggestion(Guid VolunteerId, string FullName, string Region, int FreeSlots, IReadOnlyList<string> Reasons);
