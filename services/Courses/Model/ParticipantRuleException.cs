using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Courses.Model;

/// <summary>A participant change that the rules do not allow (transferring a released participant, a release dated before the stay).</summary>
public sealed class ParticipantRuleException(string message) : DomainRuleException(message);
