using System.Globalization;
using HerstelWerk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace HerstelWerk.Web.Tests;

/// <summary>The API's English field messages reach a coordinator in Dutch; a message of another shape is kept as the API wrote it.</summary>
public sealed class ApiMessagesTests
{
    [Theory]
    [InlineData("The fullName field is required.", "Vul dit veld in.")]
    [InlineData("The pageSize parameter is required.", "Vul dit veld in.")]
    [InlineData("The field FullName must be a string with a maximum length of 200.", "Gebruik hoogstens 200 tekens.")]
    [InlineData("The field Sessions must be a string or collection type with a minimum length of '1' and maximum length of '100'.", "Gebruik 1 tot 100 tekens.")]
    [InlineData("The field Capacity must be between 1 and 50.", "Kies een waarde van 1 tot en met 50.")]
    [InlineData("The value is not a valid date (yyyy-MM-dd).", "Dit is geen geldige datum.")]
    [InlineData("Use a language code such as 'nl' or 'en'.", "Gebruik een taalcode, zoals nl of en.")]
    [InlineData("Use DroppedOut or ExcludedByFacility; transfers and releases end enrolments themselves.", "Use DroppedOut or ExcludedByFacility; transfers and releases end enrolments themselves.")]
    public void Known_shapes_are_said_in_Dutch_and_others_are_kept(string api, string shown)
    {
        Assert.Equal(shown, InDutch.Say(L => ApiMessages.Translate(api, L)));
    }
}
