namespace HerstelWerk.Volunteers.Apis;

/// <param name="VolunteerId">Only this volunteer's line (and the totals over it); a volunteer not active in the year has none.</param>
public sealed record HoursFilter(Guid? VolunteerId = null);
