using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Courses.Model;

/// <summary>An erased participant's record cannot change any more; the API answers 409.</summary>
public sealed class ParticipantErasedException(Guid participantId)
    : DomainRuleException($"Participant {participantId} was erased; the record can no longer change.");
