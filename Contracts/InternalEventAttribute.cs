namespace HerstelWerk.Contracts;

/// <summary>
/// Marks an event that stays inside HerstelWerk: partners must never see it. The partner door
/// (issue 15) leaves every event with this mark out, and a contract test requires it on any event
/// that carries an e-mail address.
/// </summary>
/// <param name="reason">Why partners may not see the event, e.g. the personal data it carries.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class InternalEventAttribute(string reason) : Attribute
{
    /// <summary>Why partners may not see the event.</summary>
    public string Reason { get; } = reason;
}
