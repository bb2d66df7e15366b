using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Import;

/// <summary>
/// Builds a volunteer of the file through the domain, step by step as a coordinator would have recorded
/// them: application, interview, VOG request and its issue, training, the roles and passes, and the
/// status the file gives. So the model checks its rules, and the volunteer raises the same events as one
/// entered by hand (qualified, admitted, VOG issued, activated), which the save puts in the outbox.
/// </summary>
public static class ImportedVolunteer
{
    public const string TrainingName = "Overgenomen uit het vrijwilligersbestand";

    private static readonly VolunteerStatus[] Walk =
        [VolunteerStatus.Interview, VolunteerStatus.Vog, VolunteerStatus.Training, VolunteerStatus.Active];

    /// <exception cref="VolunteerRuleException">The lifecycle refused a step; the row names it.</exception>
    public static Volunteer Build(ImportRow row, DateOnly today, DateTimeOffset now, VogPolicy policy)
    {
        var appliedOn = row.AppliedOn ?? row.VogIssuedOn ?? today;
        var vogOn = row.VogIssuedOn;
        var volunteer = Volunteer.Apply(row.Profile.ToProfile(), appliedOn, now);
        var reach = Reach(row);
        foreach (var step in Walk.Where(step => step <= reach && step != VolunteerStatus.Active))
        {
            volunteer.MoveTo(step, step == VolunteerStatus.Training ? vogOn!.Value : appliedOn, policy, now);
            if (step == VolunteerStatus.Vog)
            {
                var request = volunteer.RequestVog(appliedOn);
                if (vogOn is { } issuedOn)
                {
                    volunteer.DecideVog(request.Id, VogOutcome.Issued, issuedOn, policy, now);
                }
            }
        }

        var trainedOn = vogOn ?? appliedOn;
        foreach (var role in row.Roles.Distinct())
        {
            volunteer.RecordTraining(TrainingName, role, trainedOn, now);
        }

        foreach (var (facilityId, grantedOn) in row.Passes.DistinctBy(pass => pass.FacilityId))
        {
            volunteer.GrantAccess(facilityId, grantedOn ?? trainedOn, endsOn: null, now);
        }

        if (reach == VolunteerStatus.Active)
        {
            volunteer.MoveTo(VolunteerStatus.Active, trainedOn, policy, now);
        }

        if (row.Status is VolunteerStatus.Inactive or VolunteerStatus.Left)
        {
            volunteer.MoveTo(row.Status, today, policy, now);
        }

        return volunteer;
    }

    /// <summary>
    /// How far along the lifecycle the volunteer went: their status, Active for an inactive one, and for
    /// one who left as far as their VOG and roles show they got.
    /// </summary>
    private static VolunteerStatus Reach(ImportRow row) => row.Status switch
    {
        VolunteerStatus.Inactive => VolunteerStatus.Active,
        VolunteerStatus.Left when row.VogIssuedOn is not null && row.Roles.Count > 0 => VolunteerStatus.Active,
        VolunteerStatus.Left when row.VogIssuedOn is not null => VolunteerStatus.Training,
        VolunteerStatus.Left => VolunteerStatus.Applied,
        var status => status,
    };
}
