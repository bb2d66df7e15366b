using System.Text.Json.Nodes;

namespace HerstelWerk.EventCatalogue;

/// <summary>The catalogue's title page: what partners get, and the rules that keep their readers working.</summary>
public static class CatalogueInfo
{
    public static JsonObject Info() => new()
    {
        ["title"] = "HerstelWerk events",
        ["version"] = "1.0.0",
        ["description"] = Description,
    };

    private const string Description =
        """
        The events HerstelWerk publishes for partner organisations, about participants of its courses and aftercare.
        People are identified by a pseudonymous `participantId` (a GUID) only: never names, never offence data.
        Each event type has a RabbitMQ fanout exchange named `{Namespace}:{TypeName}`; bind a queue of your own to it.
        Bodies are MassTransit's JSON envelope (`application/vnd.masstransit+json`) with the event under `message`.

        **Versioning.**
        - A version only ever gains optional fields, so an existing reader keeps working. Ignore fields you do not know.
        - A change that would break readers becomes a new type (`...V2`), published beside the old one for a transition period.
        - `revision` grows with every change to a participant: ignore an event whose revision is not newer than what you hold, because delivery can reorder.
        - Delivery can repeat: deduplicate by `eventId` (also the envelope's `messageId`).

        Connection details and accounts are in the README section "For partners".
        """;
}
