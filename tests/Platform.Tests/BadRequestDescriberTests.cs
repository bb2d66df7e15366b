using HerstelWerk.ServiceDefaults.Errors;
using Xunit;

namespace HerstelWerk.Platform.Tests;

public sealed class BadRequestDescriberTests
{
    [Theory]
    [InlineData("$.expectedReleaseDate", "expectedReleaseDate")]
    [InlineData("$.participant.facility", "participant.facility")]
    [InlineData("$", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Json_path_becomes_the_field_name_the_client_sent(string? path, string? field) =>
        Assert.Equal(field, BadRequestDescriber.FieldFromPath(path));
}
