using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Volunteers.Model;

/// <summary>A change the volunteer's lifecycle, screening or capacity does not allow: a 409 with the rule in words.</summary>
public sealed class VolunteerRuleException(string message) : DomainRuleException(message);
