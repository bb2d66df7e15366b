using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.Json;
using HerstelWerk.Volunteers.Apis;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Import;

/// <summary>
/// One volunteer of the file, read from its cells. The profile is checked by the very rules of an
/// application by hand (<see cref="VolunteerProfileRequest"/>'s validation); what only a file has
/// (dates as text, status, roles and passes) is checked here. A row with errors builds nothing.
/// </summary>
public sealed class ImportRow
{
    private static readonly Dictionary<string, string> ColumnOfMember = new()
    {
        [nameof(VolunteerProfileRequest.FullName)] = ImportColumns.Name,
        [nameof(VolunteerProfileRequest.Email)] = ImportColumns.Email,
        [nameof(VolunteerProfileRequest.Phone)] = ImportColumns.Phone,
        [nameof(VolunteerProfileRequest.Region)] = ImportColumns.Region,
        [nameof(VolunteerProfileRequest.Languages)] = ImportColumns.Languages,
        [nameof(VolunteerProfileRequest.Capacity)] = ImportColumns.Capacity,
        [nameof(VolunteerProfileRequest.Availability)] = ImportColumns.Availability,
    };

    private ImportRow(int line) => Line = line;

    public int Line { get; }

    public List<ImportRowError> Errors { get; } = [];

    public VolunteerProfileRequest Profile { get; private set; } = new();

    /// <summary>The natural key: the e-mail address, trimmed and in lower case.</summary>
    public string Key => Profile.Email?.Trim().ToLowerInvariant() ?? string.Empty;

    public DateOnly? AppliedOn { get; private set; }

    public VolunteerStatus Status { get; private set; }

    public DateOnly? VogIssuedOn { get; private set; }

    public List<string> Roles { get; } = [];

    public List<(string FacilityId, DateOnly? GrantedOn)> Passes { get; } = [];

    public static ImportRow Read(CsvRecord record, IReadOnlyDictionary<string, int> columns, DateOnly today)
    {
        var row = new ImportRow(record.Line);
        string Cell(string column) => columns.TryGetValue(column, out var index) && index < record.Cells.Count ? record.Cells[index].Trim() : string.Empty;

        foreach (var column in columns.Keys.Where(column => ControlCharacters.In(Cell(column))))
        {
            row.Error(column, "invalid", ControlCharacters.Rule);
        }

        var capacityText = Cell(ImportColumns.Capacity);
        int? capacity = int.TryParse(capacityText, out var number) ? number : null;
        if (capacityText.Length > 0 && capacity is null)
        {
            row.Error(ImportColumns.Capacity, "number", "Write the capacity as a whole number, e.g. 2.");
        }

        row.Profile = new VolunteerProfileRequest
        {
            FullName = Blank(Cell(ImportColumns.Name)),
            Email = Blank(Cell(ImportColumns.Email)),
            Phone = Blank(Cell(ImportColumns.Phone)),
            Region = Blank(Cell(ImportColumns.Region)),
            Languages = Cell(ImportColumns.Languages) is { Length: > 0 } languages ? [.. ImportValues.List(languages)] : null,
            Capacity = capacity,
            Availability = Blank(Cell(ImportColumns.Availability)),
        };
        row.ValidateProfile(capacityText.Length > 0 && capacity is null);
        row.AppliedOn = row.Date(Cell(ImportColumns.AppliedOn), ImportColumns.AppliedOn, today);
        row.VogIssuedOn = row.Date(Cell(ImportColumns.VogIssuedOn), ImportColumns.VogIssuedOn, today);
        row.ReadStatus(Cell(ImportColumns.Status));
        row.ReadRoles(Cell(ImportColumns.Roles));
        row.ReadPasses(Cell(ImportColumns.Passes), today);
        row.CheckLifecycle();
        return row;
    }

    public void Error(string column, string code, string message) => Errors.Add(new ImportRowError(Line, column, code, message));

    private void ValidateProfile(bool capacityAlreadyRefused)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Profile, new ValidationContext(Profile), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                var column = ColumnOfMember.GetValueOrDefault(member, member);
                if (!(capacityAlreadyRefused && column == ImportColumns.Capacity))
                {
                    Error(column, "invalid", result.ErrorMessage ?? "The value is not valid.");
                }
            }
        }
    }

    private DateOnly? Date(string text, string column, DateOnly today)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!ImportValues.TryDate(text, out var date))
        {
            Error(column, "date", "Write the date as dd-MM-yyyy or yyyy-MM-dd.");
            return null;
        }

        if (date > today)
        {
            Error(column, "future-date", "The date is in the future.");
            return null;
        }

        return date;
    }

    private void ReadStatus(string text)
    {
        if (text.Length == 0)
        {
            Error(ImportColumns.Status, "invalid", "The status field is required.");
        }
        else if (ImportValues.TryStatus(text, out var status))
        {
            Status = status;
        }
        else
        {
            Error(ImportColumns.Status, "status", $"Use one of {string.Join(", ", Enum.GetNames<VolunteerStatus>())} (or aangemeld, kennismaking, vog aangevraagd, in training, actief, inactief, vertrokken).");
        }
    }

    private void ReadRoles(string text)
    {
        foreach (var entry in ImportValues.Entries(text))
        {
            if (ImportValues.Role(entry) is { } role)
            {
                Roles.Add(role);
            }
            else
            {
                Error(ImportColumns.Roles, "role", $"'{entry}' is not a role; use {string.Join(", ", HerstelWerk.Contracts.Volunteers.VolunteerRoles.All)}.");
            }
        }
    }

    /// <summary>Passes as "pi-vught" or "pi-vught=01-02-2025" (the day it was granted), separated by '|' or ','.</summary>
    private void ReadPasses(string text, DateOnly today)
    {
        foreach (var entry in ImportValues.Entries(text))
        {
            var parts = entry.Split(['=', ':', ' '], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var facilityId = parts[0].ToLowerInvariant();
            if (!FacilityIds.IsValid(facilityId))
            {
                Error(ImportColumns.Passes, "facility", $"'{parts[0]}' is not a facility id such as 'pi-vught'.");
                continue;
            }

            DateOnly? grantedOn = parts.Length == 2 ? Date(parts[1], ImportColumns.Passes, today) : null;
            if (parts.Length < 2 || grantedOn is not null)
            {
                Passes.Add((facilityId, grantedOn));
            }
        }
    }

    /// <summary>What the lifecycle demands of the status the file gives, named per column rather than as the model's refusal.</summary>
    private void CheckLifecycle()
    {
        var needsVog = Status is VolunteerStatus.Training or VolunteerStatus.Active or VolunteerStatus.Inactive;
        if (needsVog && VogIssuedOn is null && !Errors.Any(e => e.Column == ImportColumns.VogIssuedOn))
        {
            Error(ImportColumns.VogIssuedOn, "vog-needed", $"A volunteer who is {Status} has an issued VOG; give the day it was issued.");
        }

        if (Status is VolunteerStatus.Active or VolunteerStatus.Inactive && Roles.Count == 0 && !Errors.Any(e => e.Column == ImportColumns.Roles))
        {
            Error(ImportColumns.Roles, "role-needed", $"A volunteer who is {Status} is trained for at least one role.");
        }

        if (VogIssuedOn is { } issued && AppliedOn is { } applied && issued < applied)
        {
            Error(ImportColumns.VogIssuedOn, "rule", "The VOG cannot be issued before the day the volunteer applied.");
        }
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
