namespace HerstelWerk.Placement.Model;

/// <summary>
/// An employer Placement works with. Not a participant: ordinary business contact data, kept in
/// Placement only; events name the employer by <see cref="Id"/>.
/// </summary>
public sealed class Employer
{
    private Employer()
    {
    }

    public Guid Id { get; private set; }

    public string Organisation { get; private set; } = string.Empty;

    public string ContactPerson { get; private set; } = string.Empty;

    public string ContactEmail { get; private set; } = string.Empty;

    public string? ContactPhone { get; private set; }

    /// <summary>A sector code such as <c>bouw</c> or <c>logistiek</c>.</summary>
    public string Sector { get; private set; } = string.Empty;

    public string Region { get; private set; } = string.Empty;

    /// <summary>Whether the employer is willing to hire people with a criminal record; only those get suggestions.</summary>
    public bool HiresPeopleWithRecord { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Revision { get; private set; }

    public static Employer Create(EmployerDetails details, DateTimeOffset now)
    {
        var employer = new Employer { Id = Guid.CreateVersion7(now), CreatedAt = now, Revision = 1 };
        employer.Set(details);
        return employer;
    }

    public void Update(EmployerDetails details)
    {
        Set(details);
        Revision++;
    }

    public EmployerDetails Details => new(Organisation, ContactPerson, ContactEmail, ContactPhone, Sector, Region, HiresPeopleWithRecord);

    private void Set(EmployerDetails details)
    {
        Organisation = details.Organisation;
        ContactPerson = details.ContactPerson;
        ContactEmail = details.ContactEmail;
        ContactPhone = details.ContactPhone;
        Sector = details.Sector;
        Region = details.Region;
        HiresPeopleWithRecord = details.HiresPeopleWithRecord;
    }
}
