using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Aftercare;
using HerstelWerk.Contracts.Courses;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Volunteers with its dashboard gauges recounted every second, so a test sees them change.</summary>
public sealed class FastGaugesVolunteersFixture : ServiceFixture<Program>
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Progress:MetricsInterval", "00:00:01")];
}
