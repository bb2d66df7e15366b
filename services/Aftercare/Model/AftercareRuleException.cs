using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Aftercare.Model;

/// <summary>A change a trajectory's rules do not allow (closing as completed too early, contact after consent was withdrawn): a 409 with the rule in words.</summary>
public sealed class AftercareRuleException(string message) : DomainRuleException(message);
