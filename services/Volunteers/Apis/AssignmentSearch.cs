namespace HerstelWerk.Volunteers.Apis;

/// <param name="VolunteerId">Assignments of this volunteer.</param>
/// <param name="ParticipantId">Assignments for this participant.</param>
/// <param name="OpenOnly">Only assignments that have not ended (default true).</param>
public sealed record AssignmentSearch(Guid? VolunteerId = null, Guid? ParticipantId = null, bool OpenOnly = true);
