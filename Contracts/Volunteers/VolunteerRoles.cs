namespace HerstelWerk.Contracts.Volunteers;

/// <summary>
/// The roles a volunteer can be trained for, as codes. Events and both Courses (trainer roles of course
/// types) and Volunteers use these exact strings, so they are defined once, here.
/// </summary>
public static class VolunteerRoles
{
    /// <summary>Visits participants in a facility.</summary>
    public const string Visitor = "visitor";

    /// <summary>Leads SOS courses, group or individual.</summary>
    public const string SosTrainer = "sos-trainer";

    /// <summary>Leads CAO (work orientation) courses.</summary>
    public const string CaoTrainer = "cao-trainer";

    /// <summary>Holds the Back to the Future conversations.</summary>
    public const string BackToTheFuture = "back-to-the-future";

    /// <summary>Keeps in touch with an ex-prisoner during aftercare, outside the facility.</summary>
    public const string AftercareBuddy = "aftercare-buddy";

    /// <summary>Every role code.</summary>
    public static readonly IReadOnlyList<string> All = [Visitor, SosTrainer, CaoTrainer, BackToTheFuture, AftercareBuddy];

    /// <summary>Roles worked inside a facility, where the volunteer needs that facility's access pass.</summary>
    public static bool IsInsideFacility(string role) => role != AftercareBuddy;
}
