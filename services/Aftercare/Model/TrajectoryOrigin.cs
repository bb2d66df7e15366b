namespace HerstelWerk.Aftercare.Model;

/// <summary>How a trajectory came to be: from Courses' release event, or opened by a coordinator.</summary>
public enum TrajectoryOrigin
{
    Release,
    Coordinator,
}
