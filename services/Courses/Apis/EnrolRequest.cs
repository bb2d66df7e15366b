using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Courses.Apis;

public sealed record EnrolRequest
{
    [Required]
    public Guid? ParticipantId { get; init; }
}
