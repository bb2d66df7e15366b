using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.ServiceDefaults;

/// <summary>
/// The dates clients send for what already happened (a contact, a job start, an application): none may lie
/// after the business date, and one left out means today. A later one is bad input, a 400 naming the field.
/// </summary>
public static class PastDates
{
    /// <summary><paramref name="date"/>, or today when left out; a 400 naming <paramref name="field"/> when it lies after today.</summary>
    /// <param name="what">The subject of the sentence the client reads, e.g. "A contact".</param>
    public static DateOnly PastOrToday(this BusinessClock clock, DateOnly? date, string field, string what)
    {
        var today = clock.Today;
        if (date > today)
        {
            throw new InvalidInputException(field, $"{what} cannot be dated in the future.");
        }

        return date ?? today;
    }
}
