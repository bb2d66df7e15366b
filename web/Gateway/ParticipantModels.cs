namespace HerstelWerk.Web.Gateway;

/// <summary>A participant as Courses answers it; after erasure only the id, group and dates remain.</summary>
public sealed record Participant(
    Guid Id,
    string? FullName,
    DateOnly? DateOfBirth,
    string? PrisonNumber,
    string? ContactLanguage,
    string Group,
    string? FacilityId,
    DateOnly? ExpectedReleaseDate,
    string Status,
    DateOnly? ReleasedOn,
    DateOnly? ConsentWithdrawnOn,
    DateTimeOffset RegisteredAt,
    int Revision,
    bool Erased);

/// <summary>An intake (<c>POST /api/courses/participants</c>); every member the form has.</summary>
public sealed record IntakeRequest(
    string? FullName,
    DateOnly? DateOfBirth,
    string? PrisonNumber,
    string? ContactLanguage,
    string? Group,
    string? FacilityId,
    DateOnly? ExpectedReleaseDate,
    IReadOnlyList<ConsentGiven> Consents);

public sealed record ConsentGiven(string Purpose, DateOnly GivenOn);

public sealed record ParticipantHistory(IReadOnlyList<Location> Locations, IReadOnlyList<StatusStep> Statuses);

public sealed record Location(string FacilityId, DateOnly From, DateOnly? Until);

public sealed record StatusStep(string Status, DateOnly EffectiveOn, DateTimeOffset RecordedAt);

public sealed record Consent(string Purpose, DateOnly GivenOn, string RecordedBy, DateTimeOffset RecordedAt, DateOnly? WithdrawnOn, string? WithdrawalRecordedBy);

/// <summary>The list's filters; <c>Search</c> is part of a name or an exact prison number, sent in the query string only.</summary>
/// <param name="Sort">The API's order (<c>Registered</c>, <c>Name</c>, <c>ExpectedRelease</c>), applied before paging.</param>
public sealed record ParticipantFilter(string? Search, string? FacilityId, string? Status, int Page, int PageSize = 25, string? Sort = null);

/// <summary>What staff edit of a participant (<c>PUT /api/courses/participants/{id}</c>, with If-Match).</summary>
public sealed record ParticipantEdit(string? FullName, DateOnly? DateOfBirth, string? PrisonNumber, string? ContactLanguage);
