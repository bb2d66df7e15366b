using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record AssignTrainerRequest : IOpenApiExample<AssignTrainerRequest>
{
    public static AssignTrainerRequest Example => new() { VolunteerId = Guid.Parse("7e3a9b15-0c64-4d2f-a8b7-91f2c6d0e4a3") };

    /// <summary>The volunteer's id in Volunteers.</summary>
    [Required]
    public Guid? VolunteerId { get; init; }
}
