using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Audit;

public sealed record AuditEntryDto(long Id, DateTimeOffset OccurredAt, string UserId, string? Role, Guid? ParticipantId, AuditAction Action, string Endpoint, string? TraceId)
    : IOpenApiExample<AuditEntryDto>
{
    /// <summary>A coordinator reading a participant's record; the endpoint is the route pattern, as the audit writes it.</summary>
    public static AuditEntryDto Example => new(
        1042, new DateTimeOffset(2026, 2, 16, 10, 14, 37, TimeSpan.Zero), "coordinator-12", "coordinator", Guid.Parse("5d1f0c7a-3b8e-4c2a-9f61-2e7b4a9c8d13"),
        AuditAction.Read, "GET /api/courses/participants/{participantId:guid}", "4bf92f3577b34da6a3ce929d0e0e4736");
}
