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
    private static readonly Type[] Events = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IIntegrationEvent)))
        .ToArray();

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
        var verb = SplitWords().Matches(match.Groups["name"].Value)[^1].Value;
        Assert.True(verb.EndsWith("ed", StringComparison.Ordinal) || IrregularPastTense.Contains(verb),
            $"{type.Name}: '{verb}' should be past tense; events report what happened");
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

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void People_are_identified_by_a_pseudonymous_participant_id_only(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var property in properties)
        {
            Assert.False(PersonalData().IsMatch(property.Name),
                $"{type.Name}.{property.Name} looks like personal data; events carry ParticipantId only");
        }

        var participant = properties.SingleOrDefault(property => property.Name == "ParticipantId");
        Assert.True(participant is null || participant.PropertyType == typeof(Guid), $"{type.Name}.ParticipantId should be a Guid");
    }

    private static readonly HashSet<string> IrregularPastTense = ["Sent", "Began", "Held", "Left", "Met", "Found", "Made", "Paid", "Set", "Taken"];

    [GeneratedRegex("^(?<name>[A-Z][A-Za-z]+)V[0-9]+$")]
    private static partial Regex VersionedName();

    [GeneratedRegex("[A-Z][a-z]*")]
    private static partial Regex SplitWords();

    [GeneratedRegex("Name|Birth|Address|Phone|Email|Bsn|Offen[cs]e|Crime|Note|Remark|Comment|Religion|Health|Diagnos|Group", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalData();
}
