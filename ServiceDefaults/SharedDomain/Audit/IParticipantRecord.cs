namespace HerstelWerk.SharedDomain.Audit;

/// <summary>
/// A record that holds or reveals a participant's personal data (article 10 GDPR). Every change of one
/// made in a request is written to the audit log by the save itself, so no handler can forget it.
/// </summary>
public interface IParticipantRecord
{
    /// <summary>The pseudonymous id of the participant the record is about.</summary>
    Guid ParticipantId { get; }
}
