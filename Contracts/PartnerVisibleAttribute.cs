namespace HerstelWerk.Contracts;

/// <summary>
/// Marks an event that partner organisations may receive: it is in the published AsyncAPI catalogue and
/// passes their door to the broker and their webhooks. Every event carries either this mark or
/// <see cref="InternalEventAttribute"/>, so showing a new event to partners is always a decision, never
/// a default (tested in tests/Platform.Tests).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PartnerVisibleAttribute : Attribute;
