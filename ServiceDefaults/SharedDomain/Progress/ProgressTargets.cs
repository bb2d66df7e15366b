using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace HerstelWerk.SharedDomain.Progress;

/// <summary>
/// The charity's targets, from configuration, so next year's numbers need no release:
/// <c>Targets:{year}:{figureId}</c> (e.g. <c>Targets:2026:sosGroupRunsHeld</c>), or <c>Targets:{figureId}</c>
/// for one that holds every year. A target not set is null, never 0.
/// </summary>
public sealed class ProgressTargets(IConfiguration configuration)
{
    public double? For(int year, string figureId)
    {
        var targets = configuration.GetSection("Targets");
        var value = targets[$"{year.ToString(CultureInfo.InvariantCulture)}:{figureId}"] ?? targets[figureId];
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var target) ? target : null;
    }
}
