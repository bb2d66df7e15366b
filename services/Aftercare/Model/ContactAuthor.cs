namespace HerstelWerk.Aftercare.Model;

/// <summary>Who made a contact: a volunteer (by their id in Volunteers) or a staff member (by their token subject).</summary>
public sealed record ContactAuthor(Guid? VolunteerId, string Subject);
