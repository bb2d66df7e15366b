namespace HerstelWerk.Placement.Progress;

/// <summary>One placement that reached a job start, as the figures count it: no personal data beyond the pseudonymous candidate id.</summary>
public sealed record JobStartRecord(
    Guid CandidateId, DateOnly StartedOn, string? FacilityId, DateOnly? CaoCompletedOn, DateOnly? RetainedOn, DateOnly? EmploymentEndedOn);
