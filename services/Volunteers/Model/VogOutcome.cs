namespace HerstelWerk.Volunteers.Model;

/// <summary>Where a VOG request to Justis stands.</summary>
public enum VogOutcome
{
    Requested,
    Issued,
    Refused,
}
