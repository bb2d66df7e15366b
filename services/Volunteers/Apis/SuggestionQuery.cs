using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Volunteers.Apis;

/// <param name="ParticipantId">The participant a volunteer is sought for.</param>
/// <param name="Role">The role: visitor, sos-trainer, cao-trainer, back-to-the-future or aftercare-buddy.</param>
/// <param name="Region">The participant's region, to prefer volunteers nearby (optional).</param>
/// <param name="Language">A language code the participant speaks, to prefer volunteers who share it (optional).</param>
public sealed record SuggestionQuery(
    Guid ParticipantId,
    [property: Required, StringLength(30)] string Role,
    [property: StringLength(50)] string? Region = null,
    [property: RegularExpression("^[a-zA-Z]{2,3}$", ErrorMessage = "Use a language code such as 'nl' or 'en'.")] string? Language = null);
