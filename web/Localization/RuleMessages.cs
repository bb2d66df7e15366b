using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Web.Localization;

/// <summary>
/// The services' rules (a 409's detail) in the console's language. The services word their rules in
/// English for developers ("The participant has no recorded consent to take part."); a coordinator
/// reads them in Dutch. Each rule is its English template here, with its resource key; the values it
/// names (dates, stages, statuses) are said in Dutch too. A rule of another shape is shown as the service
/// wrote it, so nothing is lost; a test fails when a service gains a rule this list does not know.
/// </summary>
public static class RuleMessages
{
    private static readonly (Regex Pattern, string Key)[] Rules = [.. Templates().Select(rule => (PatternOf(rule.English), rule.Key))];

    // Where the API names a value by its enum name, the console already has its Dutch word.
    private static readonly string[] ChoicePrefixes =
        ["RuleWord_", "Placement_Stage_", "Placement_Closed_", "Placement_VacancyStatus_", "VolunteerStatus_", "ParticipantStatus_", "AftercareOutcome_"];

    public static string Translate(string? rule, IStringLocalizer<Text> L)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            return string.Empty;
        }

        foreach (var (pattern, key) in Rules)
        {
            if (pattern.Match(rule) is { Success: true } match)
            {
                var values = match.Groups.Cast<Group>().Skip(1).Select(group => Value(group.Value, L)).ToArray<object>();
                return L[key, values];
            }
        }

        return rule;
    }

    private static string Value(string value, IStringLocalizer<Text> L)
    {
        // "Interview or Vog": a list of choices, each said in Dutch.
        if (value.Contains(" or ", StringComparison.Ordinal))
        {
            return string.Join(" " + L["RuleWord_or"] + " ", value.Split(" or ").Select(part => Value(part, L)));
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Dates.Show(day);
        }

        // A service may write a choice lowercased mid-sentence ("a group run"); the words are keyed by the name.
        var name = value.Length > 0 ? char.ToUpperInvariant(value[0]) + value[1..] : value;
        foreach (var key in ChoicePrefixes.SelectMany(prefix => new[] { prefix + value, prefix + name }))
        {
            if (L[key] is { ResourceNotFound: false } word)
            {
                return word;
            }
        }

        return value;
    }

    private static Regex PatternOf(string english) =>
        new("^" + Regex.Replace(Regex.Escape(english), @"\\\{\d+}", "(.+?)") + "$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    // A more specific rule stands before one whose template would also match its text.
    private static IEnumerable<(string English, string Key)> Templates() =>
    [
        ("A VOG cannot be decided before it was requested ({0}).", "Rule_VogBeforeRequest"),
        ("A VOG request is already waiting for Justis; record its outcome first.", "Rule_VogWaiting"),
        ("A decision is either Issued or Refused.", "Rule_VogDecision"),
        ("A pipeline for this candidate and vacancy is already running.", "Rule_PipelineRunning"),
        ("A placement at {0} can move to {1}, not to {2}.", "Rule_PlacementMove"),
        ("A visit is scheduled ahead; record a past meeting as an interview in the placement.", "Rule_VisitAhead"),
        ("A volunteer becomes active only when trained for at least one role; record the training first.", "Rule_ActiveNeedsTraining"),
        ("A volunteer becomes active only with an issued VOG.", "Rule_ActiveNeedsVog"),
        ("A volunteer who is {0} can move to {1}, not to {2}.", "Rule_VolunteerMove"),
        ("This e-mail address has an account already. If it is still Invited, send it a new invitation instead.", "Rule_AccountExists"),
        ("Only an account that is still Invited gets a new invitation; this one has a password or is disabled.", "Rule_InviteOnlyInvited"),
        ("A volunteer's account follows their status in Volunteers; make the volunteer Active there instead.", "Rule_VolunteerAccountFollows"),
        ("A {0} participant cannot be {1}.", "Rule_ParticipantNotHeld"),
        ("A {0} run of {1} takes 1 to {2} participants.", "Rule_RunSize"),
        ("Aftercare contacts start at release ({0}); {1} is before it.", "Rule_ContactBeforeRelease"),
        ("Aftercare lasts at least {0} months after release: it can be completed from {1}, not on {2}.", "Rule_CompletedTooEarly"),
        ("Aftercare starts at release ({0}) or later, not on {1}.", "Rule_AftercareStart"),
        ("An access pass cannot end before it is granted.", "Rule_PassEnd"),
        ("An assignment cannot end before it started ({0}).", "Rule_AssignmentEnd"),
        ("An extension moves the planned end later than {0}.", "Rule_ExtensionLater"),
        ("Candidate {0} is not held at {1} (released on {2}).", "Rule_CandidateNotHeldReleased"),
        ("Candidate {0} is not held at {1}.", "Rule_CandidateNotHeld"),
        ("Candidate {0} is not on this visit's list.", "Rule_CandidateNotOnVisit"),
        ("Closing before the planned end ({0}) needs a reason.", "Rule_ClosingNeedsReason"),
        ("Courses did not say which role trains a {0} run, and Volunteers does not know that course type.", "Rule_TrainerRoleUnknown"),
        ("List every enrolled participant and only them: {0} missing, {1} not enrolled.", "Rule_AttendanceEveryone"),
        ("Placement has reported no job of this participant with that employer; employer support starts with a job.", "Rule_EmployerSupportNeedsJob"),
        ("Record where the condition stands: NotArranged, InProgress or Arranged.", "Rule_ConditionStanding"),
        ("Retention is confirmed {0} months after the job start ({1}), from {2}.", "Rule_RetentionFrom"),
        ("Sessions are listed in date order.", "Rule_SessionOrder"),
        ("That visit was not with this vacancy's employer, or no meeting with the candidate is recorded for it.", "Rule_VisitNotWithEmployer"),
        ("The VOG re-check was due on {0}; record a newly issued VOG first.", "Rule_VogRecheckDue"),
        ("The employer has not said they hire people with a record; change that first.", "Rule_EmployerNoRecord"),
        ("The participant already has an open trajectory.", "Rule_OpenTrajectory"),
        ("The participant cannot become a candidate: {0}", "Rule_NotACandidate"),
        ("The participant has no open enrolment in this run.", "Rule_NoOpenEnrolment"),
        ("The participant has no recorded consent to take part.", "Rule_NoConsent"),
        ("The participant is already a candidate.", "Rule_AlreadyCandidate"),
        ("The participant is already at {0}.", "Rule_AlreadyAt"),
        ("The participant is already enrolled in or waiting for this run.", "Rule_AlreadyEnrolled"),
        ("The participant is not held at any facility.", "Rule_NotHeldAnywhere"),
        ("The participant is not held at {0}, where this run takes place.", "Rule_NotAtRunFacility"),
        ("The participant withdrew consent on or before {0}; processing has stopped.", "Rule_WithdrewOnOrBefore"),
        ("The participant withdrew consent on {0}; their record is no longer processed.", "Rule_WithdrewOn"),
        ("The participant withdrew consent or was erased; no aftercare starts for them.", "Rule_NoAftercareStarts"),
        ("The participant withdrew consent or was erased; nothing more is processed for them.", "Rule_NothingMoreProcessed"),
        ("The participant's data was erased; nothing more is recorded for them.", "Rule_ParticipantErasedPlacement"),
        ("Participant {0} was erased; the record can no longer change.", "Rule_ParticipantErased"),
        ("The placement has been at {0} since {1}; the next step cannot be dated before that.", "Rule_PlacementSince"),
        ("The placement is {0}; nothing follows.", "Rule_PlacementEnded"),
        ("The run has finished; it takes no new participants.", "Rule_RunFinishedNoNew"),
        ("The run has finished; its attendance and outcomes are final.", "Rule_RunFinishedFinal"),
        ("The run has sessions 1 to {0}.", "Rule_RunSessions"),
        ("The trajectory closed on {0} as {1}; it no longer changes.", "Rule_TrajectoryClosed"),
        ("The trajectory started on {0}; it cannot close before that.", "Rule_TrajectoryStarted"),
        ("The vacancy is {0}; candidates are matched to open vacancies only.", "Rule_VacancyNotOpenMatch"),
        ("The vacancy is {0}; suggestions are for open vacancies.", "Rule_VacancyNotOpenSuggest"),
        ("The visit is on {0}; record outcomes from that day.", "Rule_VisitOutcomeFrom"),
        ("The volunteer cannot be assigned: {0}", "Rule_CannotAssign"),
        ("The volunteer cannot train this run: {0}", "Rule_CannotTrain"),
        ("The volunteer has been {0} since {1}; a later step cannot be dated before that.", "Rule_VolunteerSince"),
        ("The volunteer has left; a returning volunteer applies again.", "Rule_VolunteerLeftApply"),
        ("The volunteer has left; their record is kept for the statements only.", "Rule_VolunteerLeftKept"),
        ("The volunteer has no VOG request {0}.", "Rule_NoVogRequest"),
        ("The volunteer has no open assignment {0}.", "Rule_NoOpenAssignment"),
        ("The volunteer has {0} open assignments; end some before lowering the capacity to {1}.", "Rule_CapacityBelowOpen"),
        ("The volunteer holds no access pass for {0}.", "Rule_NoPass"),
        ("The volunteer is already assigned to this participant as {0}.", "Rule_AlreadyAssigned"),
        ("This VOG request was already {0} on {1}.", "Rule_VogAlreadyDecided"),
        ("Training starts once Justis has issued a VOG; record the issued VOG first.", "Rule_TrainingNeedsVog"),
        ("{0} cannot be dated before {1}, when the current stay began.", "Rule_DatedBeforeStay"),
        ("{0} has at least {1} sessions and at most {2}.", "Rule_SessionsAtLeastAtMost"),
        ("{0} has at least {1} sessions.", "Rule_SessionsAtLeast"),
        ("{0} has exactly {1} sessions.", "Rule_SessionsExactly"),
        ("{0} is given as {1} only.", "Rule_FormatOnly"),
        ("{0} is recorded by the system when Courses reports it.", "Rule_SystemRecords"),
        ("{0} is recorded when it happened, not before.", "Rule_NotInFuture"),
        ("A facility with this id exists already.", "Rule_FacilityIdTaken"),
        ("A facility with this name exists already.", "Rule_FacilityNameTaken"),
    ];
}
