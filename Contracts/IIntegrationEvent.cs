namespace HerstelWerk.Contracts;

/// <summary>
/// An event that one HerstelWerk service publishes for the others and for partner organisations.
/// </summary>
/// <remarks>
/// Rules every event follows (tested in tests/Platform.Tests):
/// <list type="bullet">
/// <item>It is a past-tense record in a <c>HerstelWerk.Contracts.&lt;Service&gt;</c> namespace.</item>
/// <item>Its type name ends in a version, such as <c>V1</c>. A later version is a new type; a version
/// only gains optional properties, so a partner's existing reader keeps working.</item>
/// <item>It identifies people by a pseudonymous <c>ParticipantId</c> only: never names, never offence data.</item>
/// </list>
/// </remarks>
public interface IIntegrationEvent
{
    /// <summary>Unique per event. Also the message id on the bus, so consumers use it to drop duplicates.</summary>
    Guid EventId { get; }

    /// <summary>When the change happened in the publishing service (UTC).</summary>
    DateTimeOffset OccurredAt { get; }
}
