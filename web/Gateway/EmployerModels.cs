namespace HerstelWerk.Web.Gateway;

/// <summary>An employer's business contact data, kept in Placement only.</summary>
public sealed record Employer(
    Guid Id, string Organisation, string ContactPerson, string ContactEmail, string? ContactPhone, string Sector, string Region,
    bool HiresPeopleWithRecord, int Revision);

/// <summary>A new or changed employer (<c>POST</c>, or <c>PUT</c> with If-Match); every member the form has.</summary>
public sealed record EmployerRequest(
    string? Organisation, string? ContactPerson, string? ContactEmail, string? ContactPhone, string? Sector, string? Region, bool? HiresPeopleWithRecord);

public sealed record Vacancy(Guid Id, Guid EmployerId, string Title, string Sector, string Region, string Requirements, DateOnly? StartsOn, string Status, int Revision);

/// <summary>A new or changed vacancy; sector and region left empty take the employer's.</summary>
public sealed record VacancyRequest(Guid? EmployerId, string? Title, string? Sector, string? Region, string? Requirements, DateOnly? StartsOn, string? Status);

/// <summary>An employer's visit inside a PI, with each candidate's outcome.</summary>
public sealed record Visit(Guid Id, Guid EmployerId, string FacilityId, DateOnly VisitOn, IReadOnlyList<VisitAttendee> Candidates, int Revision);

public sealed record VisitAttendee(Guid CandidateId, Guid ParticipantId, string Outcome);

public sealed record VisitRequest(Guid? EmployerId, string? FacilityId, DateOnly? VisitOn, IReadOnlyList<Guid> CandidateIds);
