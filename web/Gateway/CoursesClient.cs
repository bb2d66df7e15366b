namespace HerstelWerk.Web.Gateway;

/// <summary>Courses' runs: planning, enrolment with its waiting list, ending one, trainers, and attendance per session.</summary>
public sealed class CoursesClient(HttpClient http)
{
    private const string Runs = "/api/courses/runs";

    public Task<ApiResult<List<CourseType>>> CourseTypesAsync(CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<List<CourseType>>(http, "/api/courses/course-types", cancellationToken);

    public Task<ApiResult<Page<CourseRun>>> RunsAsync(int page, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<CourseRun>>(http, $"{Runs}?page={page}&pageSize=25", cancellationToken);

    public Task<ApiResult<CourseRun>> RunAsync(Guid runId, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<CourseRun>(http, $"{Runs}/{runId}", cancellationToken);

    public Task<ApiResult<CourseRun>> ScheduleAsync(ScheduleRunRequest request, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<CourseRun>(http, Runs, request, cancellationToken);

    public Task<ApiResult<Page<Enrolment>>> EnrolmentsAsync(Guid runId, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<Enrolment>>(http, $"{Runs}/{runId}/enrolments?page=1&pageSize=100", cancellationToken);

    public Task<ApiResult<Page<ParticipantEnrolment>>> EnrolmentsOfAsync(Guid participantId, CancellationToken cancellationToken) =>
        GatewayCall.GetAsync<Page<ParticipantEnrolment>>(http, $"/api/courses/participants/{participantId}/enrolments?page=1&pageSize=50", cancellationToken);

    public Task<ApiResult<Enrolment>> EnrolAsync(Guid runId, Guid participantId, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Enrolment>(http, $"{Runs}/{runId}/enrolments", new { participantId }, cancellationToken);

    public Task<ApiResult<object>> RecordSessionAsync(Guid runId, int number, AttendanceRequest attendance, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<object>(http, $"{Runs}/{runId}/sessions/{number}/attendance", attendance, cancellationToken);

    /// <summary>Courses checks what Volunteers reported (active, VOG, pass, trained) and refuses with the rule.</summary>
    public Task<ApiResult<CourseRun>> AssignTrainerAsync(Guid runId, Guid volunteerId, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<CourseRun>(http, $"{Runs}/{runId}/trainers", new { volunteerId }, cancellationToken);

    public Task<ApiResult<CourseRun>> RemoveTrainerAsync(Guid runId, Guid volunteerId, CancellationToken cancellationToken) =>
        GatewayCall.DeleteAsync<CourseRun>(http, $"{Runs}/{runId}/trainers/{volunteerId}", cancellationToken);

    /// <summary>Ends an enrolment early; the first on the waiting list gets the place.</summary>
    public Task<ApiResult<Enrolment>> EndEnrolmentAsync(Guid runId, Guid participantId, string reason, DateOnly endedOn, CancellationToken cancellationToken) =>
        GatewayCall.PostAsync<Enrolment>(http, $"{Runs}/{runId}/enrolments/{participantId}/end", new { reason, endedOn }, cancellationToken);
}
