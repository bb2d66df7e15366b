using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record IntakeCountsDto(int Year, int Total, IReadOnlyDictionary<ParticipantGroup, int> ByGroup) : IOpenApiExample<IntakeCountsDto>
{
    public static IntakeCountsDto Example => new(2026, 57, new Dictionary<ParticipantGroup, int>
    {
        [ParticipantGroup.Prisoner] = 41,
        [ParticipantGroup.TbsPatient] = 9,
        [ParticipantGroup.FamilyMember] = 7,
    });
}
