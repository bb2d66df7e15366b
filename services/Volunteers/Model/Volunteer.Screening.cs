using HerstelWerk.Contracts.Volunteers;

namespace HerstelWerk.Volunteers.Model;

/// <summary>What decides where a volunteer may work: VOG screening under the re-check policy, access passes and trainings.</summary>
public sealed partial class Volunteer
{
    public VogStanding VogStandingOn(VogPolicy policy, DateOnly day) => policy.StandingOn(LastVogIssuedOn, day);

    public DateOnly? VogDueOn(VogPolicy policy) => LastVogIssuedOn is { } issued ? policy.DueOn(issued) : null;

    public VogRequest RequestVog(DateOnly on)
    {
        EnsureNotLeft();
        if (VogRequests.Any(r => r.Outcome == VogOutcome.Requested))
        {
            throw new VolunteerRuleException("A VOG request is already waiting for Justis; record its outcome first.");
        }

        var request = new VogRequest(Guid.CreateVersion7(), on);
        VogRequests.Add(request);
        Revision++;
        return request;
    }

    /// <summary>Records Justis' decision; a newly issued VOG tells Courses until when the volunteer may train.</summary>
    public VogRequest DecideVog(Guid requestId, VogOutcome outcome, DateOnly on, VogPolicy policy, DateTimeOffset now)
    {
        var request = VogRequests.SingleOrDefault(r => r.Id == requestId)
            ?? throw new VolunteerRuleException($"The volunteer has no VOG request {requestId}.");
        request.Decide(outcome, on);
        Revision++;
        if (outcome == VogOutcome.Issued && (LastVogIssuedOn is null || on > LastVogIssuedOn))
        {
            LastVogIssuedOn = on;
            Raise(new VolunteerVogIssuedV1
            {
                EventId = Guid.CreateVersion7(now), OccurredAt = now, VolunteerId = Id, IssuedOn = on, RecheckDueOn = policy.DueOn(on), Revision = Revision,
            });
        }

        return request;
    }

    /// <summary>Raises <c>VogRecheckDueV1</c> once per due date, as soon as the re-check enters the "due soon" window.</summary>
    public bool RaiseVogRecheckIfDue(VogPolicy policy, DateOnly today, DateTimeOffset now)
    {
        if (Status is not (VolunteerStatus.Active or VolunteerStatus.Inactive)
            || VogDueOn(policy) is not { } dueOn
            || VogStandingOn(policy, today) is VogStanding.None or VogStanding.Valid
            || VogRecheckRaisedFor == dueOn)
        {
            return false;
        }

        VogRecheckRaisedFor = dueOn;
        Revision++;
        Raise(new VogRecheckDueV1 { EventId = Guid.CreateVersion7(now), OccurredAt = now, VolunteerId = Id, DueOn = dueOn });
        return true;
    }

    public void GrantAccess(string facilityId, DateOnly grantedOn, DateOnly? endsOn, DateTimeOffset now)
    {
        EnsureNotLeft();
        var access = FacilityAccess.SingleOrDefault(a => a.FacilityId == facilityId);
        if (access is null)
        {
            FacilityAccess.Add(new FacilityAccess(facilityId, grantedOn, endsOn));
        }
        else
        {
            access.Grant(grantedOn, endsOn);
        }

        Revision++;
        Raise(new VolunteerAdmittedToFacilityV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, VolunteerId = Id, FacilityId = facilityId, AccessStartsOn = grantedOn, AccessEndsOn = endsOn,
            Revision = Revision,
        });
    }

    public void RevokeAccess(string facilityId, DateOnly on, DateTimeOffset now)
    {
        var access = FacilityAccess.SingleOrDefault(a => a.FacilityId == facilityId && a.RevokedOn is null)
            ?? throw new VolunteerRuleException($"The volunteer holds no access pass for {facilityId}.");
        access.Revoke(on);
        Revision++;
        Raise(new VolunteerAdmissionRevokedV1 { EventId = Guid.CreateVersion7(now), OccurredAt = now, VolunteerId = Id, FacilityId = facilityId, Revision = Revision });
    }

    public bool HasAccessOn(string facilityId, DateOnly day) => FacilityAccess.Any(a => a.FacilityId == facilityId && a.IsValidOn(day));

    /// <summary>The facilities whose pass the volunteer held on some day of <paramref name="year"/>.</summary>
    public IEnumerable<string> FacilitiesHeldIn(int year) => FacilityAccess.Where(a => a.WasHeldIn(year)).Select(a => a.FacilityId);

    public TrainingRecord RecordTraining(string training, string? qualifiesFor, DateOnly completedOn, DateTimeOffset now)
    {
        EnsureNotLeft();
        var record = new TrainingRecord(Guid.CreateVersion7(now), training, qualifiesFor, completedOn);
        Trainings.Add(record);
        Revision++;
        if (qualifiesFor is not null && !Roles.Contains(qualifiesFor))
        {
            Roles.Add(qualifiesFor);
            Raise(new VolunteerQualifiedV1 { EventId = Guid.CreateVersion7(now), OccurredAt = now, VolunteerId = Id, Role = qualifiesFor, Revision = Revision });
        }

        return record;
    }
}
