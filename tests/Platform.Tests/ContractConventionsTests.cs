using System.Reflection;
using System.Text.RegularExpressions;
using HerstelWerk.Contracts;
using Xunit;

namespace HerstelWerk.Platform.Tests;

/// <summary>
/// The rules partners rely on, checked for every integration event in Contracts, including the ones
/// added later: a new event that breaks a rule fails here.
/// </summary>
public sealed partial class ContractConventionsTests
{
    private static readonly IReadOnlyList<Type> Events = ContractEvents.All;

    public static TheoryData<Type> EventTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Events)
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Contracts_define_events() => Assert.NotEmpty(Events);

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Event_lives_in_a_service_namespace(Type type) =>
        Assert.Matches("^HerstelWerk\\.Contracts\\.(Courses|Placement|Aftercare|Volunteers)$", type.Namespace);

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Event_name_is_past_tense_with_a_version(Type type)
    {
        var match = VersionedName().Match(type.Name);
        Assert.True(match.Success, $"{type.Name} should end in a version, like ParticipantRegisteredV1");
        // The verb, after the subject: "ParticipantRegistered", "VolunteerAdmittedToFacility".
        var words = SplitWords().Matches(match.Groups["name"].Value).Select(word => word.Value).Skip(1).ToList();
        Assert.True(words.Any(word => word.EndsWith("ed", StringComparison.Ordinal) || IrregularPastTense.Contains(word) || StateReached.Contains(word)),
            $"{type.Name} should name what happened with a verb in the past tense");
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Event_is_an_immutable_sealed_record(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} should be sealed");
        Assert.NotNull(type.GetMethod("<Clone>$")); // compiler-generated for records
        Assert.All(type.GetProperties(), property =>
            Assert.True(property.SetMethod is null || property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)),
                $"{type.Name}.{property.Name} should be init-only"));
    }

    /// <summary>
    /// Fields that look like personal data or carry free text, each reviewed and kept for a reason.
    /// Adding one here is a privacy decision: name the reviewer's reason, and list it in the README.
    /// </summary>
    private static readonly Dictionary<string, string> ReviewedFields = new()
    {
        ["ParticipantRegisteredV1.Facility"] =
            "The facility's name from the reference list, never free text. It reveals detention (article 10) but not who; " +
            "Placement and Aftercare need it to plan visits and interviews. Erased with the participant. Reviewed 2026-11-30.",
        ["ParticipantRegisteredV1.FacilityId"] =
            "A code from the facility reference list (e.g. pi-vught), never free text; the same fact as Facility. Reviewed 2026-11-30.",
        ["ParticipantReleasedV1.FacilityId"] =
            "A code from the facility reference list; the facility ParticipantRegisteredV1.FacilityId or the last transfer named. " +
            "Aftercare counts figures per facility of release with it. Reviewed 2026-11-30.",
        ["ParticipantTransferredV1.FromFacilityId"] =
            "A code from the facility reference list; services need it to end enrolments and visits at the old facility. Reviewed 2026-11-30.",
        ["ParticipantTransferredV1.ToFacilityId"] =
            "A code from the facility reference list; the same fact ParticipantRegisteredV1.FacilityId carries. Reviewed 2026-11-30.",
        ["CourseRunScheduledV1.CourseTypeId"] =
            "A code from the course type list (sos-group, cao, ...); says nothing about any person. Reviewed 2026-11-30.",
        ["CourseRunScheduledV1.FacilityId"] =
            "A code from the facility reference list; a run is not about one person. Reviewed 2026-11-30.",
        ["CourseRunScheduledV1.TrainerRole"] =
            "One of the fixed volunteer role codes (sos-trainer, ...); which training a run's trainer needs, not about a person. Reviewed 2026-12-02.",
        ["ParticipantEnrolledV1.CourseTypeId"] = "A code from the course type list; which course, not who. Reviewed 2026-11-30.",
        ["SessionHeldV1.CourseTypeId"] = "A code from the course type list. Reviewed 2026-11-30.",
        ["SessionHeldV1.FacilityId"] = "A code from the facility reference list; a session is not about one person. Reviewed 2026-11-30.",
        ["CourseCompletedV1.CourseTypeId"] = "A code from the course type list; Placement needs to know a CAO was completed. Reviewed 2026-11-30.",
        ["EnrolmentEndedV1.CourseTypeId"] = "A code from the course type list. Reviewed 2026-11-30.",
        ["EnrolmentEndedV1.Reason"] =
            "One of six fixed words (Transferred, Released, DroppedOut, ExcludedByFacility, NotCompleted, ConsentWithdrawn), never free text. " +
            "ExcludedByFacility hints at conduct but names nothing. Reviewed 2026-11-30.",
        ["VolunteerAdmittedToFacilityV1.FacilityId"] = "A code from the facility reference list, about a volunteer's access pass. Reviewed 2026-11-30.",
        ["VolunteerAdmissionRevokedV1.FacilityId"] = "A code from the facility reference list, about a volunteer's access pass. Reviewed 2026-11-30.",
        ["VolunteerAssignedV1.Role"] =
            "One of five fixed role codes; which kind of help, which Aftercare needs to link a buddy. Never free text. Reviewed 2026-11-30.",
        ["VolunteerAssignmentEndedV1.Role"] = "One of five fixed role codes, as in VolunteerAssignedV1. Reviewed 2026-11-30.",
        ["AftercareClosedV1.Outcome"] =
            "Completed or EndedEarly only, never free text; the detailed outcome (which can say 'reoffended', article 10) stays in Aftercare. Reviewed 2026-11-30.",
        ["EmployerVisitScheduledV1.FacilityId"] = "A code from the facility reference list; a visit is not about one person. Reviewed 2026-11-30.",
        ["EmploymentEndedV1.Reason"] =
            "One of four fixed words (ContractEnded, Resigned, Dismissed, Other), never free text; Dismissed hints at conduct but names nothing. Reviewed 2026-11-30.",
        ["VolunteerQualifiedV1.Role"] = "One of five fixed role codes (visitor, sos-trainer, ...), never free text. Reviewed 2026-11-30.",
        ["ParticipantTransferredV1.ToFacility"] =
            "The facility's name from the reference list, as ParticipantRegisteredV1.Facility. Reviewed 2026-11-30.",
        ["VolunteerSignInRequestedV1.Email"] =
            "The volunteer's e-mail address: Identity needs it to send the one-time invitation link for the volunteer's sign-in account, " +
            "and services never call each other. Only Identity consumes the event; it is [InternalEvent] and never partner-visible, " +
            "and no other event carries an address. Reviewed 2026-12-04.",
    };

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void People_are_identified_by_a_pseudonymous_participant_id_only(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var property in properties)
        {
            var field = $"{type.Name}.{property.Name}";
            // A name, a birth date, notes, an offence; or any string, which could carry free text.
            var suspicious = PersonalData().IsMatch(property.Name) || property.PropertyType == typeof(string);
            Assert.True(!suspicious || ReviewedFields.ContainsKey(field),
                $"{field} could carry personal data: events carry ParticipantId only, unless the field is reviewed and allow-listed.");
        }

        var participant = properties.SingleOrDefault(property => property.Name == "ParticipantId");
        Assert.True(participant is null || participant.PropertyType == typeof(Guid), $"{type.Name}.ParticipantId should be a Guid");
    }

    [Fact]
    public void Every_reviewed_field_exists_and_has_a_reason()
    {
        var fields = Events.SelectMany(type => type.GetProperties().Select(property => $"{type.Name}.{property.Name}")).ToHashSet();
        Assert.All(ReviewedFields, reviewed =>
        {
            Assert.Contains(reviewed.Key, fields);
            Assert.True(reviewed.Value.Length > 40, $"{reviewed.Key} needs a real reason");
        });
    }

    /// <summary>
    /// An e-mail address is allow-listed for Identity alone; the mark keeps it from the partner door (issue 15),
    /// so an address can never reach a partner through an event.
    /// </summary>
    [Theory]
    [MemberData(nameof(EventTypes))]
    public void An_event_with_an_email_address_is_internal(Type type)
    {
        var addresses = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.Name.Contains("Email", StringComparison.OrdinalIgnoreCase))
            .Select(property => $"{type.Name}.{property.Name}")
            .ToList();
        Assert.True(addresses.Count == 0 || type.IsDefined(typeof(InternalEventAttribute), inherit: false),
            $"{string.Join(", ", addresses)} is an e-mail address: {type.Name} must be [InternalEvent], so partners never see it.");
    }

    /// <summary>Showing an event to partners is a decision for each event, never a default.</summary>
    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_event_is_marked_partner_visible_or_internal(Type type)
    {
        var visible = ContractEvents.IsPartnerVisible(type);
        var internalOnly = type.IsDefined(typeof(InternalEventAttribute), inherit: false);
        Assert.True(visible ^ internalOnly,
            $"{type.Name} must be either [PartnerVisible] or [InternalEvent(\"why\")]: decide whether partners may see it.");
    }

    [Fact]
    public void Every_internal_event_says_why()
    {
        var internalEvents = Events.Select(type => (type, mark: type.GetCustomAttribute<InternalEventAttribute>(inherit: false))).Where(e => e.mark is not null).ToList();
        Assert.NotEmpty(internalEvents);
        Assert.All(internalEvents, e => Assert.True(e.mark!.Reason.Length > 20, $"{e.type.Name} needs a real reason to be internal"));
    }

    private static readonly HashSet<string> IrregularPastTense =
        ["Sent", "Began", "Begun", "Held", "Left", "Met", "Found", "Made", "Paid", "Set", "Taken", "Given", "Withdrawn", "Written", "Done", "Run", "Won", "Lost"];

    /// <summary>
    /// A state a date brought about, not an action (VogRecheckDue, AftercareContactOverdue): still a fact
    /// that happened, and the name the issues and partners use.
    /// </summary>
    private static readonly HashSet<string> StateReached = ["Due", "Overdue"];

    [GeneratedRegex("^(?<name>[A-Z][A-Za-z]+)V[0-9]+$")]
    private static partial Regex VersionedName();

    [GeneratedRegex("[A-Z][a-z]*")]
    private static partial Regex SplitWords();

    [GeneratedRegex("Name|Birth|Address|Phone|Email|Bsn|Offen[cs]e|Crime|Conviction|Sentence|Note|Remark|Comment|Text|Religion|Health|Diagnos|Addiction|Group|Registration", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalData();
}
