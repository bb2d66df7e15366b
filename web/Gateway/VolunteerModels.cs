namespace HerstelWerk.Web.Gateway;

/// <summary>What a volunteer reads of their own record (<c>GET /api/volunteers/me</c>); only what the console shows.</summary>
public sealed record MyRecord(
    Guid Id,
    string FullName,
    string Status,
    string VogStanding,
    DateOnly? VogDueOn,
    IReadOnlyList<string> Roles,
    IReadOnlyList<FacilityPass> FacilityAccess);

public sealed record FacilityPass(string FacilityId, DateOnly GrantedOn, DateOnly? EndsOn, DateOnly? RevokedOn, bool ValidToday);

public sealed record MyHours(Guid VolunteerId, decimal VisitHours, decimal SessionHours, decimal AftercareContactHours, decimal TotalHours);
