using HerstelWerk.Contracts.Placement;
using HerstelWerk.Messaging.Events;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Participants;

namespace HerstelWerk.Placement.Model;

/// <summary>
/// A participant Placement helps towards work, with their adviser and work profile. One per participant.
/// Where they are held and when they are released come from Courses' participant projection.
/// </summary>
public sealed class Candidate : Aggregate, IParticipantRecord
{
    private Candidate()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public Guid ParticipantId { get; private set; }

    public CandidateSource Source { get; private set; }

    public DateOnly RegisteredOn { get; private set; }

    /// <summary>The day the CAO course was completed, for "days from CAO to job start"; none for a referral without CAO.</summary>
    public DateOnly? CaoCompletedOn { get; private set; }

    /// <summary>The assigned labour-integration adviser, as their user id (the token's subject).</summary>
    public string? AdviserId { get; private set; }

    public List<string> Talents { get; private set; } = [];

    public List<string> PreferredSectors { get; private set; } = [];

    public string? WhatMatters { get; private set; }

    public string? RegionAfterRelease { get; private set; }

    public DateOnly? AvailableFrom { get; private set; }

    public string? OtherRestrictions { get; private set; }

    public List<string> Certificates { get; private set; } = [];

    public DateOnly? ClosedOn { get; private set; }

    public CandidateClosure? ClosedBecause { get; private set; }

    /// <summary>Goes up with every change: the ETag and the concurrency token.</summary>
    public int Revision { get; private set; }

    public bool IsOpen => ClosedOn is null;

    public WorkProfile Profile => new(Talents, PreferredSectors, WhatMatters, RegionAfterRelease, AvailableFrom, OtherRestrictions, Certificates);

    /// <summary>After a completed CAO course, as Courses reported it.</summary>
    public static Candidate FromCaoCompletion(Guid participantId, DateOnly completedOn, DateOnly registeredOn, DateTimeOffset now)
    {
        var candidate = Register(participantId, CandidateSource.CaoCompleted, registeredOn, adviserId: null, now);
        candidate.CaoCompletedOn = completedOn;
        return candidate;
    }

    /// <summary>Referred by hand; refused for a participant who withdrew consent or was erased.</summary>
    public static Candidate Refer(ParticipantProjection participant, string? adviserId, DateOnly registeredOn, DateTimeOffset now)
    {
        if (WhyNotProcessed(participant) is { } reason)
        {
            throw new PlacementRuleException($"The participant cannot become a candidate: {reason}");
        }

        return Register(participant.ParticipantId, CandidateSource.Referred, registeredOn, adviserId, now);
    }

    /// <summary>Null when Placement may work with the participant; otherwise why not.</summary>
    public static string? WhyNotProcessed(ParticipantProjection? participant) =>
        participant?.ErasedAt is not null ? "the participant's data was erased."
        : participant?.ConsentWithdrawnOn is not null ? "the participant withdrew consent."
        : null;

    /// <summary>A CAO completion for someone already a candidate (a referral, or a second CAO): the first completion counts.</summary>
    public bool RecordCaoCompletion(DateOnly completedOn)
    {
        if (CaoCompletedOn is { } known && known <= completedOn)
        {
            return false;
        }

        CaoCompletedOn = completedOn;
        Revision++;
        return true;
    }

    public void AssignAdviser(string adviserId)
    {
        EnsureOpen();
        AdviserId = adviserId;
        Revision++;
    }

    public void UpdateProfile(WorkProfile profile)
    {
        EnsureOpen();
        Talents = Distinct(profile.Talents);
        PreferredSectors = Distinct(profile.PreferredSectors);
        WhatMatters = profile.WhatMatters;
        RegionAfterRelease = profile.RegionAfterRelease;
        AvailableFrom = profile.AvailableFrom;
        OtherRestrictions = profile.OtherRestrictions;
        Certificates = Distinct(profile.Certificates);
        Revision++;
    }

    /// <summary>Stops all work with the candidate; erasure also removes the work profile. Repeating it changes nothing.</summary>
    public bool Close(CandidateClosure because, DateOnly on)
    {
        var erase = because == CandidateClosure.Erased && ClosedBecause != CandidateClosure.Erased;
        if (!IsOpen && !erase)
        {
            return false;
        }

        ClosedOn ??= on;
        ClosedBecause = because;
        if (erase)
        {
            Talents = [];
            PreferredSectors = [];
            WhatMatters = null;
            RegionAfterRelease = null;
            AvailableFrom = null;
            OtherRestrictions = null;
            Certificates = [];
            AdviserId = null;
        }

        Revision++;
        return true;
    }

    internal void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new PlacementRuleException(ClosedBecause == CandidateClosure.Erased
                ? "The participant's data was erased; nothing more is recorded for them."
                : $"The participant withdrew consent on or before {ClosedOn:yyyy-MM-dd}; processing has stopped.");
        }
    }

    private static Candidate Register(Guid participantId, CandidateSource source, DateOnly registeredOn, string? adviserId, DateTimeOffset now)
    {
        var candidate = new Candidate
        {
            Id = Guid.CreateVersion7(now), ParticipantId = participantId, Source = source, RegisteredOn = registeredOn, AdviserId = adviserId, Revision = 1,
        };
        candidate.Raise(new CandidateRegisteredV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, CandidateId = candidate.Id, ParticipantId = participantId, RegisteredOn = registeredOn,
        });
        return candidate;
    }

    private static List<string> Distinct(IEnumerable<string> values) => [.. values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
