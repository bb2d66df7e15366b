using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.ServiceDefaults.OpenApi;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A volunteer as coordinators see them, with the VOG standing on the day asked.</summary>
public sealed record VolunteerDto(
    Guid Id,
    string FullName,
    string Email,
    string? Phone,
    string Region,
    IReadOnlyList<string> Languages,
    int Capacity,
    int OpenAssignments,
    string? Availability,
    IReadOnlyList<string> Roles,
    VolunteerStatus Status,
    DateOnly StatusSince,
    IReadOnlyList<VolunteerStatus> NextSteps,
    VogStanding VogStanding,
    DateOnly? VogDueOn,
    IReadOnlyList<StatusChangeDto> StatusHistory,
    IReadOnlyList<VogRequestDto> VogRequests,
    IReadOnlyList<FacilityAccessDto> FacilityAccess,
    IReadOnlyList<TrainingDto> Trainings,
    IReadOnlyList<AssignmentDto> Assignments,
    int Revision) : IOpenApiExample<VolunteerDto>
{
    /// <summary>Active since May 2026: screened, trained as visitor and SOS trainer, visiting one participant at PI Vught.</summary>
    public static VolunteerDto Example
    {
        get
        {
            var profile = VolunteerProfileRequest.Example;
            var vog = VogRequestDto.Example;
            return new(
                VolunteerExamples.VolunteerId, profile.FullName!, profile.Email!, profile.Phone, profile.Region!, profile.Languages!, profile.Capacity!.Value, 1,
                profile.Availability, [VolunteerRoles.Visitor, VolunteerRoles.SosTrainer], VolunteerStatus.Active, StatusChangeDto.Example.Since,
                VolunteerLifecycle.NextFrom(VolunteerStatus.Active), VogStanding.Valid, new VogPolicy().DueOn(vog.DecidedOn!.Value),
                [
                    new(VolunteerStatus.Applied, profile.AppliedOn!.Value),
                    new(VolunteerStatus.Interview, new DateOnly(2026, 2, 16)),
                    new(VolunteerStatus.Vog, vog.RequestedOn),
                    new(VolunteerStatus.Training, new DateOnly(2026, 4, 27)),
                    StatusChangeDto.Example,
                ],
                [vog], [FacilityAccessDto.Example],
                [new(VolunteerExamples.VisitorTrainingId, "Introductie bezoekwerk", VolunteerRoles.Visitor, new DateOnly(2026, 4, 11)), TrainingDto.Example],
                [AssignmentDto.Example], 12);
        }
    }

    public static VolunteerDto From(Volunteer v, VogPolicy policy, DateOnly today) => new(
        v.Id, v.FullName, v.Email, v.Phone, v.Region, v.Languages, v.Capacity, v.OpenAssignments, v.Availability, v.Roles,
        v.Status, v.StatusSince, VolunteerLifecycle.NextFrom(v.Status), v.VogStandingOn(policy, today), v.VogDueOn(policy),
        [.. v.StatusHistory.OrderBy(c => c.Since).ThenBy(c => c.RecordedAt).Select(c => new StatusChangeDto(c.Status, c.Since))],
        [.. v.VogRequests.OrderBy(r => r.RequestedOn).Select(r => new VogRequestDto(r.Id, r.RequestedOn, r.Outcome, r.DecidedOn))],
        [.. v.FacilityAccess.OrderBy(a => a.FacilityId).Select(a => new FacilityAccessDto(a.FacilityId, a.GrantedOn, a.EndsOn, a.RevokedOn, a.IsValidOn(today)))],
        [.. v.Trainings.OrderBy(t => t.CompletedOn).Select(t => new TrainingDto(t.Id, t.Training, t.QualifiesFor, t.CompletedOn))],
        [.. v.Assignments.OrderByDescending(a => a.StartedOn).Select(AssignmentDto.From)],
        v.Revision);
}
