namespace HerstelWerk.Web.Gateway;

/// <summary>A candidate in Placement's list: by pseudonymous id, with Courses' facility and release dates.</summary>
public sealed record CandidateSummary(
    Guid Id, Guid ParticipantId, string? AdviserId, DateOnly RegisteredOn, DateOnly? CaoCompletedOn,
    string? FacilityId, DateOnly? ExpectedReleaseDate, DateOnly? ReleasedOn, bool IsOpen, int OpenPlacements);

/// <summary>One candidate as advisers read them (<c>GET /api/placement/candidates/{id}</c>, with its ETag).</summary>
public sealed record Candidate(
    Guid Id,
    Guid ParticipantId,
    string Source,
    DateOnly RegisteredOn,
    DateOnly? CaoCompletedOn,
    string? AdviserId,
    WorkProfile Profile,
    string? FacilityId,
    DateOnly? ExpectedReleaseDate,
    DateOnly? ReleasedOn,
    bool IsOpen,
    DateOnly? ClosedOn,
    string? ClosedBecause,
    IReadOnlyList<PipelineSummary> Placements,
    int Revision);

/// <summary>The work profile, replaced as a whole (<c>PUT .../profile</c> with If-Match); sectors are codes such as <c>bouw</c>.</summary>
public sealed record WorkProfile(
    IReadOnlyList<string> Talents,
    IReadOnlyList<string> PreferredSectors,
    string? WhatMatters,
    string? RegionAfterRelease,
    DateOnly? AvailableFrom,
    string? OtherRestrictions,
    IReadOnlyList<string> Certificates);

public sealed record PipelineSummary(Guid Id, Guid VacancyId, Guid EmployerId, string Stage, DateOnly StageSince, bool AwaitsRetentionConfirmation);

/// <summary>One candidate's pipeline for one vacancy: its stage, the stages that may follow, and the dated history.</summary>
public sealed record Pipeline(
    Guid Id,
    Guid CandidateId,
    Guid ParticipantId,
    Guid VacancyId,
    Guid EmployerId,
    string Stage,
    DateOnly StageSince,
    IReadOnlyList<string> NextStages,
    DateOnly? StartedOn,
    DateOnly? RetentionCheckDueOn,
    DateOnly? RetainedOn,
    DateOnly? EmploymentEndedOn,
    string? EmploymentEndReason,
    string? ClosedReason,
    IReadOnlyList<StageStep> History,
    int Revision);

public sealed record StageStep(string Stage, DateOnly On, string? Reason, Guid? VisitId);

/// <summary>The next step (<c>POST .../stages</c>): Closed needs a closedReason, EmploymentEnded an endReason.</summary>
public sealed record StageRequest(string? Stage, DateOnly? On, string? ClosedReason = null, string? EndReason = null, Guid? VisitId = null);

/// <summary>A job whose retention months are up, awaiting the adviser's answer.</summary>
public sealed record RetentionCheck(Guid PlacementId, Guid CandidateId, Guid ParticipantId, string? AdviserId, Guid EmployerId, DateOnly StartedOn, DateOnly DueOn);

public sealed record VacancySuggestion(
    Guid VacancyId, Guid EmployerId, string Organisation, string Title, string Sector, string Region, DateOnly? StartsOn, IReadOnlyList<string> Reasons);

public sealed record CandidateSuggestion(Guid CandidateId, Guid ParticipantId, string? FacilityId, DateOnly? AvailableOn, IReadOnlyList<string> Reasons);

/// <summary>The candidate list's filters: the adviser's own, those without an adviser, those held at a PI.</summary>
public sealed record CandidateFilter(string? AdviserId, bool Unassigned, string? FacilityId, int Page, int PageSize = 25);

/// <summary>The choices Placement knows, by the names its API uses; their words are in the resources.</summary>
public static class PlacementChoices
{
    /// <summary>The pipeline's stages in the order a candidate lives them; the last two end it.</summary>
    public static readonly string[] Stages = ["Matched", "Interview", "Offer", "JobStarted", "Coaching", "Retained", "EmploymentEnded", "Closed"];

    /// <summary>The stages of a running pipeline: the board's columns.</summary>
    public static readonly string[] OpenStages = ["Matched", "Interview", "Offer", "JobStarted", "Coaching", "Retained"];

    /// <summary>Why staff close a pipeline; ConsentWithdrawn and Erased are the system's own.</summary>
    public static readonly string[] ClosedReasons = ["NotSelected", "CandidateDeclined", "EmployerDeclined", "VacancyClosed", "Other"];

    public static readonly string[] SystemClosedReasons = ["ConsentWithdrawn", "Erased"];

    public static readonly string[] EndReasons = ["ContractEnded", "Resigned", "Dismissed", "Other"];

    public static readonly string[] VacancyStatuses = ["Open", "Filled", "Closed"];

    /// <summary>What a visit brought a candidate; Pending undoes a mistaken entry.</summary>
    public static readonly string[] VisitOutcomes = ["Pending", "Acquainted", "Interviewed", "DidNotAttend"];

    /// <summary>Placement holds no names: a candidate shows by the start of their id, as Aftercare's participants do.</summary>
    public static string ShortId(Guid id) => id.ToString()[..8];
}
