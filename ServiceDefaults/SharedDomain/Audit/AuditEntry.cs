namespace HerstelWerk.SharedDomain.Audit;

/// <summary>
/// One access to one participant's personal data: who, which record, what, when and through which
/// endpoint. Ids only: the log itself must not become a second copy of the data it guards.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset occurredAt, string userId, string? role, Guid? participantId, AuditAction action, string endpoint, string? traceId)
    {
        OccurredAt = occurredAt;
        UserId = userId;
        Role = role;
        ParticipantId = participantId;
        Action = action;
        Endpoint = endpoint;
        TraceId = traceId;
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The caller's <c>sub</c> claim.</summary>
    public string UserId { get; private set; } = string.Empty;

    public string? Role { get; private set; }

    /// <summary>Null for an action on no single participant (<see cref="AuditAction.RunJob"/>).</summary>
    public Guid? ParticipantId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>Method and route template, e.g. <c>GET /api/courses/participants/{participantId:guid}</c>.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>Links the entry to the request's trace in the dashboard.</summary>
    public string? TraceId { get; private set; }
}
