namespace HerstelWerk.Placement.Model;

/// <summary>
/// The steps of one candidate's way to one vacancy: matched → interview (at an employer visit or
/// elsewhere) → offer → job started → coaching during work → retained after six months, or
/// employment ended. <see cref="Closed"/> ends a pipeline before a job started.
/// </summary>
public enum PlacementStage
{
    Matched = 1,
    Interview = 2,
    Offer = 3,
    JobStarted = 4,
    Coaching = 5,
    Retained = 6,
    EmploymentEnded = 7,
    Closed = 8,
}
