using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record ConsentDto(ConsentPurpose Purpose, DateOnly GivenOn, string RecordedBy, DateTimeOffset RecordedAt, DateOnly? WithdrawnOn, string? WithdrawalRecordedBy)
    : IOpenApiExample<ConsentDto>
{
    public static ConsentDto Example =>
        new(ConsentPurpose.Participation, new DateOnly(2026, 2, 2), "coordinator-12", new DateTimeOffset(2026, 2, 2, 9, 45, 0, TimeSpan.Zero), null, null);

    /// <summary>Every consent of the participant, oldest recorded first.</summary>
    public static List<ConsentDto> ListOf(Participant participant) => [.. participant.Consents.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id).Select(From)];

    public static ConsentDto From(Consent consent) =>
        new(consent.Purpose, consent.GivenOn, consent.RecordedBy, consent.RecordedAt, consent.WithdrawnOn, consent.WithdrawalRecordedBy);
}
