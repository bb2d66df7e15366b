namespace HerstelWerk.Web.Gateway;

/// <summary>What a volunteers import did or, in a dry run, would do (<c>POST /api/volunteers/imports</c>).</summary>
public sealed record VolunteerImportReport(bool DryRun, bool Saved, int Rows, int Created, int AlreadyPresent, IReadOnlyList<ImportRowError> Errors);

/// <summary>One problem in the file: its line (the header is line 1), the column, a code the console words in Dutch, and the API's English.</summary>
public sealed record ImportRowError(int Row, string Column, string Code, string Message);

/// <summary>The file the admin picked, held for the dry run and the import after it.</summary>
public sealed record ImportFile(string Name, byte[] Content);

/// <summary>A scheduled job of a service (<c>GET /api/{service}/jobs</c>).</summary>
public sealed record ScheduledJob(string Name, string Description, TimeSpan Every);

/// <summary>A round of a job an admin ran by hand: the business date it decided with, and what it did in the service's words.</summary>
public sealed record JobRun(string Job, DateOnly BusinessDate, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Outcome);

/// <summary>One access to personal data (or an admin's action) in a service's audit log.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset OccurredAt, string UserId, string? Role, Guid? ParticipantId, string Action, string Endpoint, string? TraceId);

/// <summary>Which audit entries to show: one service's, for one participant and/or one user.</summary>
public sealed record AuditFilter(string Service, Guid? ParticipantId, string? UserId, int Page);

/// <summary>The four services with jobs and an audit log of their own, by the names in their routes.</summary>
public static class AdminServices
{
    public static readonly string[] All = ["courses", "volunteers", "aftercare", "placement", "identity"];
}

/// <summary>A facility as admins correct it (<c>PUT /api/courses/facilities/{id}</c>); Kind is Penitentiary or ForensicCentre.</summary>
public sealed record FacilityEdit(string? Name, string? Kind, string? City, bool IsActive);

/// <summary>A course's rules as the API gives them; <see cref="Version"/> goes back as If-Match.</summary>
public sealed record CourseTypeRules(
    string Id, string Name, string? OnlyFormat, int MinimumSessions, int? MaximumSessions, int MaximumGroupSize, int SessionsToComplete, string TrainerRole, uint Version);

/// <summary>New numbers for a course (<c>PUT /api/courses/course-types/{id}/rules</c>).</summary>
public sealed record CourseTypeRulesEdit(int? MinimumSessions, int? MaximumSessions, int? MaximumGroupSize, int? SessionsToComplete);

/// <summary>One field someone else changed since the form was loaded: its label, what it was and what it is now.</summary>
public sealed record FieldChange(string Field, string Was, string Now);

/// <summary>A new facility (<c>POST /api/courses/facilities</c>): its permanent id, e.g. <c>pi-ter-peel</c>, and what an edit holds.</summary>
public sealed record NewFacility(string? Id, string? Name, string? Kind, string? City, bool IsActive = true);

/// <summary>A sign-in account as Identity shows it to an admin: never a password, code or token.</summary>
public sealed record Account(Guid Id, string Email, string DisplayName, string Role, string Status, bool TwoFactorEnabled, DateTimeOffset CreatedAt);

/// <summary>A member of staff to invite; nullable, so the API names a missing field.</summary>
public sealed record NewInvitation(string? Email, string? DisplayName, string? Role);
