using System.ComponentModel.DataAnnotations;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>A contact with the participant's employer, logged apart from contacts with the participant.</summary>
public sealed record EmployerContactRequest : ContactRequest, IOpenApiExample<EmployerContactRequest>
{
    /// <summary>Hides the participant contact's example: an employer contact names the employer.</summary>
    public static new EmployerContactRequest Example => new()
    {
        EmployerId = AftercareExamples.EmployerId,
        On = new DateOnly(2027, 4, 19),
        Channel = ContactChannel.Visit,
        Reached = true,
        Note = "Kort bezoek op de bouwplaats; de werkgever is tevreden over de inzet.",
    };

    /// <summary>The employer's id in Placement, as in <c>JobStartedV1</c>.</summary>
    [Required]
    public Guid? EmployerId { get; init; }
}
