using HerstelWerk.Aftercare.Model;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>Narrows a work list to one participant, for a front end that shows that participant's page.</summary>
/// <param name="ParticipantId">The participant's pseudonymous id; left out: everyone.</param>
public sealed record ParticipantFilter(Guid? ParticipantId = null)
{
    public IQueryable<Trajectory> Apply(IQueryable<Trajectory> trajectories) =>
        ParticipantId is { } participantId ? trajectories.Where(t => t.ParticipantId == participantId) : trajectories;
}
