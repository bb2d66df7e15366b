using System.Globalization;
using System.Net.Http.Json;

namespace HerstelWerk.Bench.ConsoleSpeed;

/// <summary>
/// Fully synthetic participants, registered through the gateway's own intake (so every service's
/// projection follows, as in real use). Names are combinations of common Dutch first names and
/// surnames; no real person's data is used.
/// </summary>
internal static class SyntheticParticipants
{
    private static readonly string[] FirstNames =
        ["Jan", "Piet", "Kees", "Mohamed", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Bram", "Youssef", "Ricardo", "Sander", "Dennis", "Kevin", "Anouk", "Sanne", "Fleur"];

    // No surname holds another (a search for one finds only its own).
    public static readonly string[] Surnames =
        ["de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Koster", "Kaya", "Yilmaz", "Prins", "Huisman", "Kuipers"];

    public static string PrisonNumber(int index) => $"S-{index:000000}";

    /// <summary>
    /// Until every service that follows participants holds them all: measuring while they still work
    /// through the intakes' events would time the backlog, not the console.
    /// </summary>
    public static async Task AwaitProjectionsAsync(HttpClient gateway, int count)
    {
        foreach (var service in new[] { "placement", "aftercare", "volunteers" })
        {
            while (true)
            {
                var page = await gateway.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/{service}/participants?pageSize=1");
                if (page.GetProperty("totalCount").GetInt32() >= count)
                {
                    break;
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    public static async Task RegisterAsync(HttpClient gateway, int count, IReadOnlyList<string> facilities)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var registered = 0;
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, cancellationToken) =>
        {
            var response = await gateway.PostAsJsonAsync("/api/courses/participants", new
            {
                fullName = $"{FirstNames[index % FirstNames.Length]} {Surnames[index / FirstNames.Length % Surnames.Length]}",
                dateOfBirth = new DateOnly(1960, 1, 1).AddDays(index % 15_000),
                prisonNumber = PrisonNumber(index),
                contactLanguage = "nl",
                group = "Prisoner",
                facilityId = facilities[index % facilities.Count],
                expectedReleaseDate = today.AddDays(30 + index % 900),
                currentStayBeganOn = today.AddDays(-(index % 700)),
            }, cancellationToken);
            response.EnsureSuccessStatusCode();
            if (Interlocked.Increment(ref registered) % 1000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {registered:N0} of {count:N0} participants registered"));
            }
        });
    }
}
