using System.Net.Http.Json;
using System.Net;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Npgsql;
using Xunit;

namespace HerstelWerk.Courses.Tests;

/// <summary>Courses with no retention for sent rows and a clean-up after every dispatch.</summary>
public sealed class ImmediateCleanupCoursesFixture : ServiceFixture<Program>
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Outbox:SentRetention", "00:00:00"),
        new("Outbox:IdempotencyRetention", "00:00:02"),
        new("Outbox:CleanupInterval", "00:00:00"),
    ];
}
