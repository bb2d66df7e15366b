using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace HerstelWerk.Testing;

/// <summary>
/// Reads what smtp4dev received, through its REST API: the Identity tests and the console's browser test
/// wait for a mail to an address and follow the link in it, as the person would.
/// </summary>
public sealed partial class Smtp4devInbox(Uri webAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = webAddress };

    public Uri WebAddress => webAddress;

    public async Task<bool> IsUpAsync()
    {
        try
        {
            using var response = await _http.GetAsync("api/messages?pageSize=1");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Every mail to <paramref name="address"/> so far, newest first.</summary>
    public async Task<IReadOnlyList<Summary>> ToAsync(string address)
    {
        var page = await _http.GetFromJsonAsync<MessagePage>("api/messages?pageSize=500") ?? new MessagePage([]);
        return [.. page.Results.Where(mail => mail.To.Any(to => string.Equals(to, address, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(mail => mail.ReceivedDate)];
    }

    /// <summary>Waits for the <paramref name="count"/>th mail to <paramref name="address"/>, and reads it.</summary>
    public async Task<Mail> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var summary = await Eventually.ReturnsAsync(async () => (await ToAsync(address)) is { } mails && mails.Count >= count ? mails[0] : null,
            $"mail number {count} to {address} in smtp4dev", timeout);
        var text = await _http.GetStringAsync($"api/messages/{summary.Id}/plaintext");
        var html = await _http.GetStringAsync($"api/messages/{summary.Id}/html");
        return new Mail(summary.Subject, text, html);
    }

    public void Dispose() => _http.Dispose();

    public sealed record Summary(string Id, IReadOnlyList<string> To, string Subject, DateTimeOffset ReceivedDate);

    public sealed partial record Mail(string Subject, string Text, string Html)
    {
        /// <summary>The first address in the text that contains <paramref name="path"/> (such as <c>/account/invitation</c>).</summary>
        public Uri LinkTo(string path) =>
            Link().Matches(Text).Select(match => new Uri(match.Value)).FirstOrDefault(link => link.AbsolutePath == path)
            ?? throw new InvalidOperationException($"No link to {path} in the mail '{Subject}':{Environment.NewLine}{Text}");

        [GeneratedRegex(@"https?://\S+")]
        private static partial Regex Link();
    }

    private sealed record MessagePage(IReadOnlyList<Summary> Results);
}
