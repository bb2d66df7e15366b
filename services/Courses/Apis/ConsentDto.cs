using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

public sealed record ConsentDto(ConsentPurpose Purpose, DateOnly GivenOn, string RecordedBy, DateTimeOffset RecordedAt, DateOnly? WithdrawnOn, string? WithdrawalRecordedBy)
{
    public static ConsentDto From(Consent consent) =>
        new(consent.Purpose, consent.GivenOn, consent.RecordedBy, consent.RecordedAt, consent.WithdrawnOn, consent.WithdrawalRecordedBy);
}
