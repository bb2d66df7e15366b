namespace HerstelWerk.Web.Gateway;

/// <summary>A trajectory in a list: ids and dates only.</summary>
public sealed record TrajectorySummary(
    Guid Id,
    Guid ParticipantId,
    string? FacilityId,
    DateOnly ReleasedOn,
    DateOnly StartedOn,
    DateOnly PlannedEndOn,
    Guid? BuddyVolunteerId,
    DateOnly? LastContactOn,
    DateOnly NextContactDueOn,
    DateOnly? ClosedOn);

/// <summary>An open trajectory whose next contact is overdue (<c>GET /api/aftercare/overdue</c>).</summary>
public sealed record OverdueTrajectory(
    Guid TrajectoryId,
    Guid ParticipantId,
    string? FacilityId,
    Guid? BuddyVolunteerId,
    DateOnly? LastContactOn,
    DateOnly NextContactDueOn,
    DateOnly OverdueSince,
    int DaysOverdue);

/// <summary>A contact after a visit, call or message (<c>POST .../contacts</c>).</summary>
public sealed record ContactRequest(DateOnly On, string Channel, bool Reached, string? Note);

public sealed record Contact(Guid Id, string Party, Guid? EmployerId, DateOnly On, string Channel, bool Reached, Guid? MadeByVolunteerId, string MadeBy, string? Note, bool NoteWithheld);

/// <summary>The ways a contact is made, as the API names them.</summary>
public static class ContactChannels
{
    public const string Visit = "Visit";
    public const string Phone = "Phone";
    public const string Message = "Message";

    public static readonly string[] All = [Visit, Phone, Message];
}

/// <summary>
/// One trajectory as its buddy or staff read it (<c>GET /api/aftercare/trajectories/{id}</c>): the rhythm, the
/// buddy, the employers supported, the five basic conditions, extensions and how it closed.
/// </summary>
public sealed record Trajectory(
    Guid Id,
    Guid ParticipantId,
    string? FacilityId,
    DateOnly ReleasedOn,
    DateOnly StartedOn,
    DateOnly PlannedEndOn,
    DateOnly? LastContactOn,
    DateOnly NextContactDueOn,
    bool Overdue,
    Buddy? Buddy = null,
    bool CoachingDuringWork = false,
    IReadOnlyList<SupportedEmployer>? Employers = null,
    IReadOnlyList<BasicConditionStanding>? Checklist = null,
    IReadOnlyList<PlannedEndExtension>? Extensions = null,
    DateOnly? ConsentWithdrawnOn = null,
    Closure? Closure = null);

public sealed record Buddy(Guid VolunteerId, Guid AssignmentId, DateOnly Since);

/// <summary>An employer Placement reported a job with; contacts with them are logged apart.</summary>
public sealed record SupportedEmployer(Guid EmployerId, DateOnly StartedOn, DateOnly? EndedOn);

public sealed record BasicConditionStanding(string Condition, string Status, DateOnly? Since, IReadOnlyList<ConditionStep> History);

public sealed record ConditionStep(string Status, DateOnly On);

public sealed record PlannedEndExtension(DateOnly From, DateOnly To, string? Reason);

/// <summary>How it closed; the outcome is null once an erasure removed it.</summary>
public sealed record Closure(DateOnly ClosedOn, string? Outcome, string? Reason);

/// <summary>An employer's organisation, as Placement keeps it.</summary>
public sealed record EmployerName(Guid Id, string Organisation);

/// <summary>A contact with an employer (<c>POST .../employer-contacts</c>).</summary>
public sealed record EmployerContactRequest(Guid? EmployerId, DateOnly On, string Channel, bool Reached, string? Note);

/// <summary>The choices Aftercare knows, by the names its API uses; their words are in the resources.</summary>
public static class AftercareChoices
{
    /// <summary>The five basic conditions for re-integration, in the charity's order.</summary>
    public static readonly string[] Conditions = ["IdDocument", "Housing", "WorkAndIncome", "Debts", "Care"];

    /// <summary>What can be recorded; <c>Unknown</c> is only what stands before anything was.</summary>
    public static readonly string[] ConditionStatuses = ["NotArranged", "InProgress", "Arranged"];

    public static readonly string[] ConditionStandings = ["Unknown", .. ConditionStatuses];

    public static readonly string[] Outcomes = ["Completed", "LostContact", "Reoffended", "MovedAway", "Declined"];
}
