namespace HerstelWerk.Contracts;

/// <summary>
/// Marks an event that stays inside HerstelWerk: partners never see it. It is left out of the AsyncAPI
/// catalogue, the partners' door to the broker and their webhooks. Every event carries either this mark
/// or <see cref="PartnerVisibleAttribute"/>, and a contract test requires this one on any event that
/// carries an e-mail address.
/// </summary>
/// <param name="reason">Why partners may not see the event, e.g. the personal data it carries.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class InternalEventAttribute(string reason) : Attribute
{
    /// <summary>Why partners may not see the event.</summary>
    public string Reason { get; } = reason;
}
