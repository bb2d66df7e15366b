using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Courses.Model;

/// <summary>A course change the rules do not allow (too many sessions, a full run, a participant elsewhere).</summary>
public sealed class CourseRuleException(string message) : DomainRuleException(message);
