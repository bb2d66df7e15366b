using HerstelWerk.Contracts;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Courses without retries or redelivery: a message that fails once goes straight to the error queue.</summary>
public sealed class NoRetryCoursesFixture : ServiceFixture<Program>
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Messaging:RetryLimit", "0"),
        new("Messaging:RedeliveryEnabled", "false"),
    ];
}
