namespace HerstelWerk.SharedDomain.Audit;

/// <summary>Filters for the audit log: by participant, by user (the <c>sub</c> claim), or both.</summary>
public sealed record AuditQuery(Guid? ParticipantId = null, string? UserId = null);
