using System.Diagnostics;
using System.Text.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Messaging.Outbox;
using Xunit;

namespace HerstelWerk.Platform.Tests;

public sealed class OutboxMessageTests
{
    private static readonly ParticipantRegisteredV1 Registered = new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        ParticipantId = Guid.NewGuid(),
        Facility = "PI Zwolle",
        ExpectedReleaseDate = new DateOnly(2027, 1, 1),
        Revision = 1,
    };

    [Fact]
    public void Row_keeps_the_event_id_type_and_trace_of_the_request()
    {
        using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

        var row = OutboxMessage.Create(Registered, DateTimeOffset.UtcNow, activity);

        Assert.Equal(Registered.EventId, row.MessageId);
        Assert.Equal("HerstelWerk.Contracts.Courses.ParticipantRegisteredV1", row.MessageType);
        Assert.Equal(activity.Id, row.TraceParent);
        Assert.Equal("PI Zwolle", JsonDocument.Parse(row.Payload).RootElement.GetProperty("facility").GetString());
    }

    [Fact]
    public void Only_integration_events_can_be_read_back()
    {
        var types = new IntegrationEventTypes();

        Assert.Equal(typeof(ParticipantRegisteredV1), types.Resolve("HerstelWerk.Contracts.Courses.ParticipantRegisteredV1"));
        Assert.Throws<InvalidOperationException>(() => types.Resolve("System.IO.FileInfo"));
        Assert.Throws<InvalidOperationException>(() => types.Resolve("HerstelWerk.Contracts.Courses.NoSuchEventV1"));
    }
}
