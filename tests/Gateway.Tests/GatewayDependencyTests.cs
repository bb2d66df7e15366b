using System.Reflection;
using Xunit;

namespace HerstelWerk.Gateway.Tests;

/// <summary>The gateway references only the platform part of the shared code, so it carries no database or broker.</summary>
public sealed class GatewayDependencyTests
{
    [Fact]
    public void Gateway_carries_no_database_or_broker_libraries()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<AssemblyName>([typeof(Program).Assembly.GetName()]);
        while (pending.TryPop(out var name))
        {
            // Only HerstelWerk's own assemblies are walked: a package pulled in by them shows up as their reference.
            if (!reached.Add(name.Name!) || !name.Name!.StartsWith("HerstelWerk.", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
            {
                pending.Push(reference);
            }
        }

        Assert.Contains("HerstelWerk.ServiceDefaults", reached);
        Assert.DoesNotContain(reached, name => name.StartsWith("MassTransit", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || name.StartsWith("Npgsql", StringComparison.Ordinal)
            || name is "HerstelWerk.Messaging" or "HerstelWerk.SharedDomain");
    }
}
