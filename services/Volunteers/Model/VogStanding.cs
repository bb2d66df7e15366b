namespace HerstelWerk.Volunteers.Model;

/// <summary>A volunteer's screening under the re-check policy, on a given day.</summary>
public enum VogStanding
{
    /// <summary>No VOG was ever issued.</summary>
    None,
    Valid,
    /// <summary>The re-check falls due within the policy's warning window.</summary>
    DueSoon,
    /// <summary>Past the re-check date: no new assignments until a new VOG is issued.</summary>
    Overdue,
}
