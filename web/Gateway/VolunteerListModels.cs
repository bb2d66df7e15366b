namespace HerstelWerk.Web.Gateway;

/// <summary>A volunteer in the list (<c>GET /api/volunteers</c>).</summary>
public sealed record VolunteerSummary(
    Guid Id, string FullName, string Region, string Status, IReadOnlyList<string> Roles, int Capacity, int OpenAssignments, string VogStanding, DateOnly? VogDueOn);

/// <summary>One volunteer as a coordinator reads them: the lifecycle with its next steps, the VOG and the passes.</summary>
public sealed record Volunteer(
    Guid Id,
    string FullName,
    string Region,
    IReadOnlyList<string> Roles,
    int Capacity,
    int OpenAssignments,
    string Status,
    DateOnly StatusSince,
    IReadOnlyList<string> NextSteps,
    string VogStanding,
    DateOnly? VogDueOn,
    IReadOnlyList<StatusChange> StatusHistory,
    IReadOnlyList<FacilityPass> FacilityAccess);

public sealed record StatusChange(string Status, DateOnly Since);

/// <summary>The list's filters; <c>Search</c> is part of a name, sent in the query string to the API only.</summary>
public sealed record VolunteerFilter(string? Search, string? Status, string? Vog, int Page);

/// <summary>The lifecycle and VOG standings, as the API names them.</summary>
public static class VolunteerChoices
{
    public static readonly string[] Statuses = ["Applied", "Interview", "Vog", "Training", "Active", "Inactive", "Left"];

    public static readonly string[] VogStandings = ["None", "Valid", "DueSoon", "Overdue"];
}
