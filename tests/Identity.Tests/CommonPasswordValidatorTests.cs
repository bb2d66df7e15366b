using HerstelWerk.Identity.Accounts;
using Xunit;

namespace HerstelWerk.Identity.Tests;

/// <summary>NIST SP 800-63B: no composition rules, but nothing an attacker tries first.</summary>
public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Welkom2026!!")]
    [InlineData("wachtwoord123")]
    [InlineData("qwertyuiop12")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijkl")]
    [InlineData("marieke.jansen@example.org")]
    public void A_guessable_password_is_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsGuessable(password, "marieke.jansen@example.org"));

    [Theory]
    [InlineData("paarden eten graag hooi")]
    [InlineData("de fietsen staan onder de brug")]
    [InlineData("Zonder-hoofdletters-kan-ook")]
    public void A_long_phrase_of_ones_own_is_accepted_without_composition_rules(string password) =>
        Assert.False(CommonPasswordValidator.IsGuessable(password, "marieke.jansen@example.org"));
}
