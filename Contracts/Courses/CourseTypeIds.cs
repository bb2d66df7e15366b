namespace HerstelWerk.Contracts.Courses;

/// <summary>
/// The ids of the four HerstelWerk courses, as events carry them (<c>CourseTypeId</c>). Courses holds the
/// courses as data; these codes are the vocabulary others decide by (Placement takes a completed CAO as a
/// candidate), so they are defined once, here.
/// </summary>
public static class CourseTypeIds
{
    /// <summary>SOS (Spreken over Slachtoffers, Schuld en Samenleving) in a group.</summary>
    public const string SosGroup = "sos-group";

    /// <summary>SOS, one participant with one volunteer.</summary>
    public const string SosIndividual = "sos-individual";

    /// <summary>Back to the Future: preparing the return to the family.</summary>
    public const string BackToTheFuture = "back-to-the-future";

    /// <summary>CAO (Cursus ArbeidsOriëntatie): work orientation.</summary>
    public const string Cao = "cao";
}
