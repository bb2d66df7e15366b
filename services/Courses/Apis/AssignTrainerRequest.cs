using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Courses.Apis;

public sealed record AssignTrainerRequest
{
    /// <summary>The volunteer's id in Volunteers.</summary>
    [Required]
    public Guid? VolunteerId { get; init; }
}
