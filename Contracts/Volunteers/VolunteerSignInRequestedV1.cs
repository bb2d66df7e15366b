namespace HerstelWerk.Contracts.Volunteers;

/// <summary>
/// A volunteer should have a sign-in account at this e-mail address: they became Active, or the address
/// of an Active volunteer changed.
/// </summary>
/// <remarks>
/// Published by Volunteers, in the transaction of the change and beside <see cref="VolunteerActivatedV1"/>
/// on activation. Identity alone consumes it, to invite the volunteer (or move their account to the new
/// address); services never call each other, so this is how the address reaches Identity. It carries an
/// e-mail address, so it is internal and never partner-visible; no other event carries one.
/// </remarks>
[InternalEvent("Carries the volunteer's e-mail address, for Identity alone to send the sign-in invitation.")]
public sealed record VolunteerSignInRequestedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The volunteer's id in Volunteers; Identity links the account to it as the <c>volunteer_id</c> claim.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>
    /// The volunteer's current e-mail address, where Identity sends the one-time invitation link.
    /// Personal data: the reason this event is internal, read by Identity only, never shown to partners.
    /// </summary>
    public required string Email { get; init; }

    /// <summary>
    /// The volunteer's revision in Volunteers after this change, the same as the activation's; a receiver
    /// ignores older ones, so a late event never brings back an old address.
    /// </summary>
    public required int Revision { get; init; }
}
