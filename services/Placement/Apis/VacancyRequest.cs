using System.ComponentModel.DataAnnotations;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>A vacancy: new (with its employer) or changed (send the ETag as If-Match).</summary>
public sealed record VacancyRequest : IOpenApiExample<VacancyRequest>
{
    public static VacancyRequest Example => new()
    {
        EmployerId = PlacementExamples.EmployerId,
        Title = "Timmerman (leerwerkplek)",
        Sector = "bouw",
        Region = "Noord-Brabant",
        Requirements = "Handig met hout; VCA binnen drie maanden; 32 tot 38 uur per week.",
        StartsOn = new DateOnly(2027, 4, 5),
        Status = VacancyStatus.Open,
    };

    /// <summary>The employer offering the job; on a change it must stay the same.</summary>
    [Required]
    public Guid? EmployerId { get; init; }

    [Required, StringLength(200, MinimumLength = 2)]
    public string? Title { get; init; }

    /// <summary>A sector code, e.g. "bouw"; the employer's when left out.</summary>
    [RegularExpression(Codes.CodePattern, ErrorMessage = Codes.SectorMessage)]
    public string? Sector { get; init; }

    /// <summary>Where the work is; the employer's region when left out.</summary>
    [StringLength(50, MinimumLength = 2)]
    public string? Region { get; init; }

    /// <summary>What the job asks: skills, certificates, hours.</summary>
    [Required, StringLength(2000, MinimumLength = 2)]
    public string? Requirements { get; init; }

    /// <summary>The first working day the employer has in mind; none when by arrangement.</summary>
    public DateOnly? StartsOn { get; init; }

    /// <summary>Open, Filled or Closed; Open when left out.</summary>
    public VacancyStatus? Status { get; init; }

    public VacancyDetails ToDetails(Employer employer) =>
        new(Title!.Trim(), Sector ?? employer.Sector, Region?.Trim() ?? employer.Region, Requirements!.Trim(), StartsOn, Status ?? VacancyStatus.Open);

}
