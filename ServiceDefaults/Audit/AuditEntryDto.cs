namespace HerstelWerk.ServiceDefaults.Audit;

public sealed record AuditEntryDto(long Id, DateTimeOffset OccurredAt, string UserId, string? Role, Guid ParticipantId, AuditAction Action, string Endpoint, string? TraceId);
