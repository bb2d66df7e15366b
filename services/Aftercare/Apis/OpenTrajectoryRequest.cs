using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Open a trajectory by hand, for a participant Courses registered.</summary>
public sealed record OpenTrajectoryRequest : IOpenApiExample<OpenTrajectoryRequest>
{
    /// <summary>Needs a participant Courses registered, so it is checked against the validation, not sent.</summary>
    public static OpenTrajectoryRequest Example => new()
    {
        ParticipantId = AftercareExamples.ParticipantId,
        ReleasedOn = AftercareExamples.ReleasedOn,
        StartsOn = AftercareExamples.ReleasedOn,
    };

    /// <summary>The participant's pseudonymous id, as Courses published it.</summary>
    [Required]
    public Guid? ParticipantId { get; init; }

    /// <summary>The release date; the one Courses reported when left out.</summary>
    public DateOnly? ReleasedOn { get; init; }

    /// <summary>The first day of aftercare; today when left out.</summary>
    public DateOnly? StartsOn { get; init; }
}
