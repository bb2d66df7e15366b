namespace HerstelWerk.Courses.Model;

/// <summary>What a participant can consent to.</summary>
public enum ConsentPurpose
{
    /// <summary>Taking part in HerstelWerk and the processing of their data for it. Enrolment needs it.</summary>
    Participation = 1,

    /// <summary>Sharing pseudonymous progress with partner organisations (probation, municipality).</summary>
    PartnerSharing = 2,
}
