using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Testing;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteersApi;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>The CSV import of the charity's existing volunteers, on real PostgreSQL and RabbitMQ.</summary>
public sealed class ImportTests(ServiceFixture<Program> service) : IClassFixture<ServiceFixture<Program>>
{
    private const string Imports = $"{Route}/imports";

    private static readonly string Header = "naam;email;telefoon;regio;talen;capaciteit;beschikbaarheid;aangemeld_op;status;vog_afgegeven_op;rollen;passen";

    /// <summary>As Dutch Excel saves it: a byte order mark, ';', CRLF, a quoted cell with the separator and a line break in it, both date forms.</summary>
    private static string File(string domain) =>
        "\uFEFF" + Header + "\r\n"
        + $"Femke Visser;femke@{domain};+31 6 11111111;Noord-Brabant;nl|en;2;\"dinsdag; donderdag\r\navond\";03-02-2020;actief;2020-03-15;bezoeker|sos-trainer;pi-vught=01-04-2020|pi-grave\r\n"
        + $"Daan Smit;daan@{domain};;Utrecht;nl;1;;2025-09-01;kennismaking;;;\r\n"
        + $"Ilse Mulder;ILSE@{domain};;Limburg;nl;1;;01-01-2019;inactief;01-02-2019;nazorgmaatje;pi-roermond\r\n";

    [Fact]
    public async Task A_dry_run_names_each_rows_errors_by_line_and_column_and_saves_nothing()
    {
        const string domain = "droog.invalid";
        var file = Header + "\n"
            + $"Goede Regel;goed@{domain};;Utrecht;nl;1;;;aangemeld;;;\n"
            + $";geen-adres;;Utrecht;nl;0;;31-02-2020;actief;;piloot;\n"
            + $"Dubbel;goed@{domain};;U;nl;1;;;aangemeld;;;\n"
            + $"Toekomst;later@{domain};;Utrecht;dutch;1;;{DateTime.UtcNow.AddDays(10):dd-MM-yyyy};verhuisd;;;Vught!\n";

        var response = await PostAsync(file, dryRun: true);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.False(report.GetProperty("saved").GetBoolean());
        Assert.Equal(4, report.GetProperty("rows").GetInt32());
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        var errors = report.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("code").GetString())).ToList();
        Assert.DoesNotContain(errors, e => e.Item1 == 2);
        Assert.Contains((3, "naam", "invalid"), errors);
        Assert.Contains((3, "email", "invalid"), errors);
        Assert.Contains((3, "capaciteit", "invalid"), errors);
        Assert.Contains((3, "aangemeld_op", "date"), errors);
        Assert.Contains((3, "rollen", "role"), errors);
        Assert.Contains((3, "vog_afgegeven_op", "vog-needed"), errors);
        Assert.Contains((4, "email", "duplicate"), errors);
        Assert.Contains((4, "regio", "invalid"), errors);
        Assert.Contains((5, "talen", "invalid"), errors);
        Assert.Contains((5, "aangemeld_op", "future-date"), errors);
        Assert.Contains((5, "status", "status"), errors);
        Assert.Contains((5, "passen", "facility"), errors);
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM volunteers WHERE email LIKE $1", $"%@{domain}"));
    }

    [Fact]
    public async Task A_file_imports_through_the_domain_and_a_second_import_creates_nothing_and_raises_nothing()
    {
        const string domain = "tweemaal.invalid";
        await using var partner = await service.StartPartnerBusAsync(bus => bus.Observe<VolunteerActivatedV1>().Observe<VolunteerAdmittedToFacilityV1>());

        var dry = await (await PostAsync(File(domain), dryRun: true)).Content.ReadFromJsonAsync<JsonElement>();
        var first = await PostAsync(File(domain), dryRun: false);
        var firstReport = await first.Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await PostAsync(File(domain), dryRun: false)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((3, 0), (dry.GetProperty("created").GetInt32(), dry.GetProperty("alreadyPresent").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(firstReport.GetProperty("saved").GetBoolean());
        Assert.Equal((3, 0), (firstReport.GetProperty("created").GetInt32(), firstReport.GetProperty("alreadyPresent").GetInt32()));
        Assert.Equal((0, 3), (second.GetProperty("created").GetInt32(), second.GetProperty("alreadyPresent").GetInt32()));
        Assert.False(second.GetProperty("saved").GetBoolean());
        Assert.Equal(3, await service.QueryScalarAsync<long>("SELECT count(*) FROM volunteers WHERE lower(email) LIKE $1", $"%@{domain}"));

        var femke = await VolunteerAsync("Femke");
        Assert.Equal("Active", femke.GetProperty("status").GetString());
        Assert.Equal("dinsdag; donderdag\r\navond", femke.GetProperty("availability").GetString());
        Assert.Equal(["Applied", "Interview", "Vog", "Training", "Active"], femke.GetProperty("statusHistory").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Equal(["sos-trainer", "visitor"], femke.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order());
        var passes = femke.GetProperty("facilityAccess").EnumerateArray().ToDictionary(a => a.GetProperty("facilityId").GetString()!, a => a.GetProperty("grantedOn").GetString());
        Assert.Equal("2020-04-01", passes["pi-vught"]);
        Assert.Equal("2020-03-15", passes["pi-grave"]);
        Assert.Equal("Inactive", (await VolunteerAsync("Ilse")).GetProperty("status").GetString());
        Assert.Equal("Interview", (await VolunteerAsync("Daan")).GetProperty("status").GetString());

        // Raised through the outbox, once: the second import added no event.
        var femkeId = femke.GetProperty("id").GetGuid();
        await partner.ReceivedOf<VolunteerActivatedV1>().WaitForAsync(e => e.VolunteerId == femkeId, "VolunteerActivatedV1");
        await partner.ReceivedOf<VolunteerAdmittedToFacilityV1>().WaitForAsync(e => e.VolunteerId == femkeId && e.FacilityId == "pi-grave", "pass for pi-grave");
        Assert.Equal(2, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%VolunteerActivatedV1' AND payload->>'volunteerId' IN (SELECT id::text FROM volunteers WHERE lower(email) LIKE $1)",
            $"%@{domain}"));
        Assert.Equal(3, await service.QueryScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%VolunteerAdmittedToFacilityV1' AND payload->>'volunteerId' IN (SELECT id::text FROM volunteers WHERE lower(email) LIKE $1)",
            $"%@{domain}"));

        // The import is audited: who, when, through which endpoint.
        var audit = await service.ClientAs("admin").GetFromJsonAsync<JsonElement>($"{Route}/audit?userId=importer-1");
        Assert.Single(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "Import");
    }

    [Fact]
    public async Task A_real_run_of_a_file_with_errors_is_a_422_with_the_errors_and_saves_nothing()
    {
        const string domain = "fout.invalid";
        var file = Header + "\n" + $"Goed;goed@{domain};;Utrecht;nl;1;;;aangemeld;;;\n" + $"Fout;fout@{domain};;Utrecht;nl;1;;;actief;;;\n";

        var response = await PostAsync(file, dryRun: false);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(report.GetProperty("saved").GetBoolean());
        Assert.Contains(report.GetProperty("errors").EnumerateArray(), e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString() == "vog_afgegeven_op");
        Assert.Equal(0, await service.QueryScalarAsync<long>("SELECT count(*) FROM volunteers WHERE email LIKE $1", $"%@{domain}"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("naam;email\nAnna;anna@x.invalid\n", "lacks the columns regio, talen, capaciteit, status")]
    [InlineData("naam;email;regio;talen;capaciteit;status\n\"Anna;a@x.invalid;Utrecht;nl;1;actief\n", "never closed")]
    [InlineData("naam;naam;email;regio;talen;capaciteit;status\n", "'naam' is in the first line twice")]
    public async Task An_unreadable_file_is_a_400_that_names_the_problem(string file, string problem)
    {
        var response = await PostAsync(file, dryRun: true);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, body.GetProperty("errors").GetProperty("body")[0].GetString());
    }

    [Fact]
    public async Task A_file_too_large_or_of_another_type_is_a_400()
    {
        var large = await PostAsync(Header + "\n" + new string('x', 2 * 1024 * 1024), dryRun: true);
        using var json = await service.ClientAs("admin", "importer-1").PostAsJsonAsync($"{Imports}?dryRun=true", new { naam = "Anna" });

        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("larger than 2 MB", await large.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("text/csv, not as application/json", await json.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_template_imports_as_it_is_and_so_does_a_comma_separated_windows_1252_file()
    {
        using var admin = service.ClientAs("admin", "importer-2");
        var template = await admin.GetAsync($"{Imports}/template");
        var text = await template.Content.ReadAsStringAsync();
        var comma = "naam,email,regio,talen,capaciteit,status\r\n\"Zoë Çelik\",zoe@komma.invalid,Zeeland,\"nl,tr\",1,aangemeld\r\n";
        using var content = new ByteArrayContent(CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(comma));
        content.Headers.ContentType = new("text/csv");

        var dryTemplate = await (await PostAsync(text, dryRun: true)).Content.ReadFromJsonAsync<JsonElement>();
        var dryComma = await (await admin.PostAsync($"{Imports}?dryRun=false", content)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        Assert.Empty(dryTemplate.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, dryTemplate.GetProperty("created").GetInt32());
        Assert.Empty(dryComma.GetProperty("errors").EnumerateArray());
        var zoe = await VolunteerAsync("Zoë");
        Assert.Equal("Zoë Çelik", zoe.GetProperty("fullName").GetString());
        Assert.Equal(["nl", "tr"], zoe.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Only_an_admin_imports()
    {
        using var coordinator = service.ClientAs("coordinator");
        using var content = new StringContent(File("rol.invalid"), Encoding.UTF8, "text/csv");

        var response = await coordinator.PostAsync(Imports, content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string file, bool dryRun)
    {
        using var admin = service.ClientAs("admin", "importer-1");
        using var content = new StringContent(file, Encoding.UTF8, "text/csv");
        return await admin.PostAsync($"{Imports}?dryRun={(dryRun ? "true" : "false")}", content);
    }

    private async Task<JsonElement> VolunteerAsync(string search)
    {
        var page = await service.Client.GetFromJsonAsync<JsonElement>($"{Route}?search={Uri.EscapeDataString(search)}");
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();
        return await service.Client.GetFromJsonAsync<JsonElement>($"{Route}/{id}");
    }
}
