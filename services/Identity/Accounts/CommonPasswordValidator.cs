using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace HerstelWerk.Identity.Accounts;

/// <summary>
/// NIST SP 800-63B's check against passwords attackers try first, from the list that ships with the
/// service (<c>CommonPasswords.txt</c>). Length is the other rule (at least 12 characters, set in the
/// options); there are no composition rules. "Welkom2026!" is still "welkom": the check compares the
/// password without the digits and punctuation people add around a word, and refuses a password that
/// is one character repeated, a run such as 123456789012, or the person's own e-mail address.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<Account>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        if (string.IsNullOrEmpty(password) || !IsGuessable(password, user.Email))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = ErrorCode,
            Description = "This password is too common or too easy to guess; choose a longer phrase of your own.",
        }));
    }

    public static bool IsGuessable(string password, string? email)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim(Padding());
        if (Common.Value.Contains(lower) || (core.Length > 0 && Common.Value.Contains(core)))
        {
            return true;
        }

        if (lower.Distinct().Count() <= 2 || IsRun(lower))
        {
            return true;
        }

        var local = email?.Split('@')[0].ToLowerInvariant();
        return !string.IsNullOrEmpty(local) && local.Length >= 4 && (core == local || lower.Contains(email!.ToLowerInvariant(), StringComparison.Ordinal));
    }

    /// <summary>Each character one up or one down from the last: "123456789012" and "abcdefghijkl".</summary>
    private static bool IsRun(string password)
    {
        var steps = password.Zip(password.Skip(1), (a, b) => (b - a + 10) % 10).Distinct().ToList();
        return steps.Count == 1 && steps[0] is 1 or 9;
    }

    private static char[] Padding() => "0123456789!@#$%^&*()-_=+.,;:?~ ".ToCharArray();

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HerstelWerk.Identity.Accounts.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words;
    }
}
