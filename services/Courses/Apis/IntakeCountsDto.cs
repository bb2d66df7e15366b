using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

public sealed record IntakeCountsDto(int Year, int Total, IReadOnlyDictionary<ParticipantGroup, int> ByGroup);
