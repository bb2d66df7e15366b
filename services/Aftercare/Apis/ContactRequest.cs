using System.ComponentModel.DataAnnotations;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>A contact with the ex-prisoner, for the log.</summary>
public record ContactRequest : IOpenApiExample<ContactRequest>
{
    public static ContactRequest Example => new()
    {
        On = new DateOnly(2027, 4, 12),
        Channel = ContactChannel.Phone,
        Reached = true,
        Note = "Gebeld over de eerste werkweek; het gaat goed. Wil hulp bij het aanvragen van huurtoeslag.",
    };

    [Required]
    public DateOnly? On { get; init; }

    [Required]
    public ContactChannel? Channel { get; init; }

    /// <summary>Whether the person was reached; only a reached participant counts for the contact rhythm.</summary>
    [Required]
    public bool? Reached { get; init; }

    /// <summary>A short note, read only by the buddy and staff.</summary>
    [MaxLength(2000)]
    public string? Note { get; init; }
}
