using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>One of a participant's enrolments, with the run it is in.</summary>
public sealed record ParticipantEnrolmentDto(Guid RunId, string CourseTypeId, string FacilityId, DateOnly StartsOn, EnrolmentDto Enrolment)
    : IOpenApiExample<ParticipantEnrolmentDto>
{
    public static ParticipantEnrolmentDto Example => new(CourseRunDto.Example.Id, "sos-group", "pi-vught", CourseRunDto.Example.StartsOn, EnrolmentDto.Example);
}
