namespace HerstelWerk.Courses.Progress;

/// <summary>What a course figure counts: a run or an enrolment, where and on which day it counts; the participant for distinct counts.</summary>
public sealed record CountedRecord(string FacilityId, DateOnly CountsOn, Guid ParticipantId);
