using System.Net;
using System.Net.Http.Json;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Npgsql;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>
/// Courses' own settings for these tests: the safety-net poll is ten minutes, so every event that
/// arrives within the tests' timeouts was sent because its commit signalled the dispatcher.
/// </summary>
public sealed class SignalOnlyCoursesFixture : ServiceFixture<Program>
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [new("Outbox:PollInterval", "00:10:00")];
}
