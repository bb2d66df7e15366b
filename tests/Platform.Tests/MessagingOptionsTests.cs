using HerstelWerk.Messaging.Broker;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace HerstelWerk.Platform.Tests;

public sealed class MessagingOptionsTests
{
    [Fact]
    public void Redelivery_defaults_cover_a_long_outage() =>
        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)], new MessagingOptions().EffectiveRedeliveryIntervals);

    [Fact]
    public void Configured_intervals_replace_the_defaults()
    {
        var options = Bind(new() { ["Messaging:RedeliveryIntervals:0"] = "00:00:02" });

        Assert.Equal([TimeSpan.FromSeconds(2)], options.EffectiveRedeliveryIntervals);
    }

    [Fact]
    public void Redelivery_can_be_switched_off()
    {
        var options = Bind(new() { ["Messaging:RedeliveryEnabled"] = "false" });

        Assert.Empty(options.EffectiveRedeliveryIntervals);
    }

    private static MessagingOptions Bind(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build()
            .GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()!;
}
