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
    IReadOnlyList<FacilityPass> FacilityAccess,
    IReadOnlyList<VogRequest>? VogRequests = null,
    IReadOnlyList<Training>? Trainings = null,
    IReadOnlyList<Assignment>? Assignments = null);

/// <summary>A VOG request to Justis: <c>Requested</c>, then <c>Issued</c> or <c>Refused</c>.</summary>
public sealed record VogRequest(Guid Id, DateOnly RequestedOn, string Outcome, DateOnly? DecidedOn);

/// <summary>A completed training; the API calls its name <c>training</c>.</summary>
public sealed record Training(Guid Id, [property: System.Text.Json.Serialization.JsonPropertyName("training")] string Name, string? QualifiesFor, DateOnly CompletedOn);

/// <summary>A volunteer's assignment to a participant (by id) in a role.</summary>
public sealed record Assignment(Guid Id, Guid VolunteerId, Guid ParticipantId, string Role, DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>A volunteer suggested for a participant or a run, with the reasons for their place (in the API's words).</summary>
public sealed record Suggestion(Guid VolunteerId, string FullName, string Region, int FreeSlots, IReadOnlyList<string> Reasons);

/// <summary>A participant whose aftercare started and who has no buddy yet (<c>GET /api/volunteers/buddy-requests</c>).</summary>
public sealed record BuddyRequest(Guid TrajectoryId, Guid ParticipantId, DateOnly StartedOn);

/// <summary>The hours statement of a year: per volunteer (paged) and in total.</summary>
public sealed record HoursStatement(int Year, int CountedVolunteers, decimal TotalHours, Page<VolunteerHours> Volunteers);

public sealed record VolunteerHours(Guid VolunteerId, string FullName, string Region, decimal VisitHours, decimal SessionHours, decimal AftercareContactHours, decimal TotalHours);

public sealed record StatusChange(string Status, DateOnly Since);

/// <summary>The list's filters; <c>Search</c> is part of a name, sent in the query string to the API only.</summary>
public sealed record VolunteerFilter(string? Search, string? Status, string? Vog, int Page);

/// <summary>The lifecycle and VOG standings, as the API names them.</summary>
public static class VolunteerChoices
{
    public static readonly string[] Statuses = ["Applied", "Interview", "Vog", "Training", "Active", "Inactive", "Left"];

    public static readonly string[] VogStandings = ["None", "Valid", "DueSoon", "Overdue"];

    /// <summary>The roles a training qualifies for and an assignment is in.</summary>
    public static readonly string[] Roles = ["visitor", "sos-trainer", "cao-trainer", "back-to-the-future", "aftercare-buddy"];

    public const string AftercareBuddy = "aftercare-buddy";

    /// <summary>Justis' two decisions on a VOG request.</summary>
    public static readonly string[] VogOutcomes = ["Issued", "Refused"];
}
