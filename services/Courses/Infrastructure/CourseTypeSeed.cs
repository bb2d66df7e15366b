using HerstelWerk.Contracts.Courses;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Infrastructure;

/// <summary>
/// The four HerstelWerk courses and their rules (README, "Courses"). Admins can change the numbers
/// through the API; the courses themselves come with the migration.
/// </summary>
internal static class CourseTypeSeed
{
    public static readonly CourseType[] CourseTypes =
    [
        // Spreken over Slachtoffers, Schuld en Samenleving: 8 weekly sessions; completed with 6 attended.
        new(CourseTypeIds.SosGroup, "SOS - groep", CourseFormat.Group, minimumSessions: 8, maximumSessions: 8, maximumGroupSize: 12, sessionsToComplete: 6, trainerRole: VolunteerRoles.SosTrainer),
        new(CourseTypeIds.SosIndividual, "SOS - individueel", CourseFormat.Individual, minimumSessions: 8, maximumSessions: 8, maximumGroupSize: 1, sessionsToComplete: 6, trainerRole: VolunteerRoles.SosTrainer),
        // Conversations between one participant and one volunteer; completed after 4 conversations.
        new(CourseTypeIds.BackToTheFuture, "Back to the Future", CourseFormat.Individual, minimumSessions: 1, maximumSessions: null, maximumGroupSize: 1, sessionsToComplete: 4, trainerRole: VolunteerRoles.BackToTheFuture),
        // Cursus ArbeidsOriëntatie: 5 or more sessions, group or individual; completed with 4 attended.
        new(CourseTypeIds.Cao, "CAO - Cursus ArbeidsOriëntatie", null, minimumSessions: 5, maximumSessions: null, maximumGroupSize: 12, sessionsToComplete: 4, trainerRole: VolunteerRoles.CaoTrainer),
    ];
}
