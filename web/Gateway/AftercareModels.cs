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

public sealed record Contact(Guid Id, string Party, DateOnly On, string Channel, bool Reached, string MadeBy, string? Note, bool NoteWithheld);

/// <summary>The ways a contact is made, as the API names them.</summary>
public static class ContactChannels
{
    public const string Visit = "Visit";
    public const string Phone = "Phone";
    public const string Message = "Message";

    public static readonly string[] All = [Visit, Phone, Message];
}

/// <summary>One trajectory as its buddy or staff read it (<c>GET /api/aftercare/trajectories/{id}</c>); what the console shows.</summary>
public sealed record Trajectory(
    Guid Id,
    Guid ParticipantId,
    string? FacilityId,
    DateOnly ReleasedOn,
    DateOnly StartedOn,
    DateOnly PlannedEndOn,
    DateOnly? LastContactOn,
    DateOnly NextContactDueOn,
    bool Overdue);
