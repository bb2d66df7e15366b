using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record EnrolRequest : IOpenApiExample<EnrolRequest>
{
    public static EnrolRequest Example => new() { ParticipantId = Guid.Parse("5d1f0c7a-3b8e-4c2a-9f61-2e7b4a9c8d13") };

    [Required]
    public Guid? ParticipantId { get; init; }
}
