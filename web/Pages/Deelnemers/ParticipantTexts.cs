namespace HerstelWerk.Web.Pages.Deelnemers;

/// <summary>The choices Courses knows, by the names its API uses; their words are in the resources.</summary>
public static class ParticipantTexts
{
    public static readonly string[] Statuses = ["Registered", "Active", "Released", "Closed"];

    public static readonly string[] Groups = ["Prisoner", "TbsPatient", "FamilyMember"];
}
