namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// The steps a volunteer may take: applied → interview → VOG → training → active ⇄ inactive, and
/// leaving from anywhere. Kept as a table so the rule is read in one place and tested as data.
/// </summary>
public static class VolunteerLifecycle
{
    private static readonly Dictionary<VolunteerStatus, VolunteerStatus[]> Next = new()
    {
        [VolunteerStatus.Applied] = [VolunteerStatus.Interview, VolunteerStatus.Left],
        [VolunteerStatus.Interview] = [VolunteerStatus.Vog, VolunteerStatus.Left],
        [VolunteerStatus.Vog] = [VolunteerStatus.Training, VolunteerStatus.Left],
        [VolunteerStatus.Training] = [VolunteerStatus.Active, VolunteerStatus.Left],
        [VolunteerStatus.Active] = [VolunteerStatus.Inactive, VolunteerStatus.Left],
        [VolunteerStatus.Inactive] = [VolunteerStatus.Active, VolunteerStatus.Left],
        [VolunteerStatus.Left] = [],
    };

    public static IReadOnlyList<VolunteerStatus> NextFrom(VolunteerStatus status) => Next[status];

    public static bool Allows(VolunteerStatus from, VolunteerStatus to) => Next[from].Contains(to);
}
