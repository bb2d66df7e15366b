namespace HerstelWerk.Placement.Model;

/// <summary>A job an employer offers, with its requirements and status.</summary>
public sealed class Vacancy
{
    private Vacancy()
    {
    }

    public Guid Id { get; private set; }

    public Guid EmployerId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>A sector code, as the employer's and the candidates' preferences use.</summary>
    public string Sector { get; private set; } = string.Empty;

    public string Region { get; private set; } = string.Empty;

    public string Requirements { get; private set; } = string.Empty;

    public DateOnly? StartsOn { get; private set; }

    public VacancyStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Revision { get; private set; }

    public static Vacancy Create(Guid employerId, VacancyDetails details, DateTimeOffset now)
    {
        var vacancy = new Vacancy { Id = Guid.CreateVersion7(now), EmployerId = employerId, CreatedAt = now, Revision = 1 };
        vacancy.Set(details);
        return vacancy;
    }

    public void Update(VacancyDetails details)
    {
        Set(details);
        Revision++;
    }

    public VacancyDetails Details => new(Title, Sector, Region, Requirements, StartsOn, Status);

    private void Set(VacancyDetails details)
    {
        Title = details.Title;
        Sector = details.Sector;
        Region = details.Region;
        Requirements = details.Requirements;
        StartsOn = details.StartsOn;
        Status = details.Status;
    }
}
