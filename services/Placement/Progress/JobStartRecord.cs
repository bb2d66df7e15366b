namespace HerstelWerk.Placement.Progress;

/// <summary>
/// One placement that reached a job start, as the figures count it: no personal data beyond the
/// pseudonymous candidate id. The placement id keeps two like jobs of one candidate apart.
/// </summary>
/// <param name="FacilityId">Where the candidate was held when the job started; null after an erasure.</param>
/// <param name="AwaitsRetentionConfirmation">The retention check marked it and the adviser has not yet answered.</param>
public sealed record JobStartRecord(
    Guid PlacementId,
    Guid CandidateId,
    DateOnly StartedOn,
    string? FacilityId,
    DateOnly? CaoCompletedOn,
    DateOnly? RetainedOn,
    DateOnly? EmploymentEndedOn,
    bool AwaitsRetentionConfirmation = false);
