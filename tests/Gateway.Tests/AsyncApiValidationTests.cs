using Xunit;

namespace HerstelWerk.Gateway.Tests;

/// <summary>The event catalogue is a valid AsyncAPI 3.0.0 document by the official CLI: no errors, no warnings.</summary>
public sealed class AsyncApiValidationTests
{
    [Fact]
    public async Task The_AsyncAPI_CLI_finds_no_error_or_warning()
    {
        var folder = Directory.CreateTempSubdirectory("herstelwerk-asyncapi-");
        try
        {
            var file = Path.Combine(folder.FullName, "herstelwerk.json");
            await File.WriteAllTextAsync(file, CatalogueDocument.Json);

            var outcome = await AsyncApiCli.ValidateAsync(file);

            Assert.True(outcome.ExitCode == 0, $"asyncapi validate exited with {outcome.ExitCode}:\n{outcome.Output}");
            Assert.Contains("is valid", outcome.Output);
            Assert.Contains("0 errors, 0 warnings", outcome.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The check itself can fail: a document with a broken reference does not pass.</summary>
    [Fact]
    public async Task The_AsyncAPI_CLI_refuses_a_broken_catalogue()
    {
        var folder = Directory.CreateTempSubdirectory("herstelwerk-asyncapi-");
        try
        {
            var file = Path.Combine(folder.FullName, "broken.json");
            await File.WriteAllTextAsync(file, CatalogueDocument.Json.Replace("#/components/messages/", "#/components/missing/", StringComparison.Ordinal));

            var outcome = await AsyncApiCli.ValidateAsync(file);

            Assert.True(outcome.ExitCode != 0, $"asyncapi validate accepted a broken document:\n{outcome.Output}");
            Assert.Contains("#/components/missing/", outcome.Output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
