using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Volunteers as it runs in production.</summary>
public sealed class ProductionVolunteersFixture : ServiceFixture<Program>
{
    protected override string Environment => "Production";
}
