using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Placement.Model;

/// <summary>A change the mediation rules do not allow: a 409 with the rule in words.</summary>
public sealed class PlacementRuleException(string message) : DomainRuleException(message);
