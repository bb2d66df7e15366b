using System.ComponentModel.DataAnnotations;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Assign a volunteer to a participant in a role.</summary>
public sealed record AssignRequest : IValidatableObject, IOpenApiExample<AssignRequest>
{
    public static AssignRequest Example => new()
    {
        ParticipantId = VolunteerExamples.ParticipantId,
        Role = VolunteerRoles.Visitor,
        StartsOn = AssignmentDto.Example.StartedOn,
    };

    /// <summary>The participant's pseudonymous id, as Courses published it.</summary>
    [Required]
    public Guid? ParticipantId { get; init; }

    /// <summary>visitor, sos-trainer, cao-trainer, back-to-the-future or aftercare-buddy.</summary>
    [Required]
    public string? Role { get; init; }

    /// <summary>The first day; today when left out.</summary>
    public DateOnly? StartsOn { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Role is not null && !VolunteerRoles.All.Contains(Role))
        {
            yield return new ValidationResult($"Use one of: {string.Join(", ", VolunteerRoles.All)}.", [nameof(Role)]);
        }
    }
}
