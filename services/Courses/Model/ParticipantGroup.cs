namespace HerstelWerk.Courses.Model;

/// <summary>Who HerstelWerk serves. A TBS patient is held in forensic psychiatric care.</summary>
public enum ParticipantGroup
{
    Prisoner = 1,
    TbsPatient = 2,
    FamilyMember = 3,
}
