using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CareLedger.Application.Templates;
using CareLedger.Cli.Tests.Fuzz;
using CareLedger.Data.Imports;
using CareLedger.Data.Tests;
using CareLedger.Server.Tests.Support;
using CareLedger.Specs.Templates;

namespace CareLedger.Server.Tests;

/// <summary>
/// Imports through the API: a file as the body or several as a form, all or nothing; the same file again recognised;
/// provider finance limited to its own rows; and the command line's broken files each refused with Problem Details
/// naming the row and column while the database stays exactly as it was.
/// </summary>
public sealed class ImportApiTests : IAsyncLifetime
{
    private const string Template = "mid-notts-alliance";
    private InProcessLedger _ledger = null!;

    public async Task InitializeAsync() => _ledger = await InProcessLedger.StartAsync();

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task A_commissioner_imports_a_file_as_the_body_and_the_same_file_again_is_recognised_not_counted_twice()
    {
        using var finance = _ledger.As("commissioner@mid-notts.demo");
        var late = Csv("period,provider,service_line,planned,actual,unit_price\n2017/18-M01,nuh,elective,195,201,2100.00\n");

        using var first = await finance.PostAsync(Imports("?name=late.csv"), late);
        using var again = await finance.PostAsync(Imports("?name=late-again.csv"), Csv("period,provider,service_line,planned,actual,unit_price\n2017/18-M01,nuh,elective,195,201,2100.00\n"));
        var list = await Api.ReadJsonAsync(await finance.GetAsync(Imports()));
        var recorded = (await Api.ReadJsonAsync(first)).GetProperty("files")[0].GetProperty("import");
        var file = await finance.GetByteArrayAsync(recorded.GetProperty("file").GetString());

        Assert.True(first.StatusCode == HttpStatusCode.Created, await Api.DescribeAsync(first));
        Assert.Equal(("late.csv", "csv", 1L), (recorded.GetProperty("file_name").GetString(), recorded.GetProperty("format").GetString(), recorded.GetProperty("rows").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await Api.ReadJsonAsync(again)).GetProperty("files")[0].GetProperty("already_imported").GetBoolean());
        // The demo's year, then this file: two imports, not three.
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal("period,provider,service_line,planned,actual,unit_price\n2017/18-M01,nuh,elective,195,201,2100.00\n", Encoding.UTF8.GetString(file));
    }

    [Fact]
    public async Task Several_files_as_a_form_are_imported_together_and_a_cookie_form_needs_the_antiforgery_token()
    {
        using var script = _ledger.As("commissioner@mid-notts.demo");
        using var form = new MultipartFormDataContent
        {
            { Csv("period,provider,service_line,planned,actual,unit_price\n2017/18-M01,nuh,elective,195,201,2100.00\n"), "files", "april.csv" },
            { Csv("period,provider,service_line,planned,actual,unit_price\n2017/18-M02,nuh,elective,195,188,2100.00\n"), "files", "may.csv" },
        };

        using var imported = await script.PostAsync(Imports(), form);
        using var browser = _ledger.Anonymous();
        using var signIn = await browser.PostAsync("/api/v1/session", Api.Json(new { email = "commissioner@mid-notts.demo", password = Server.Demo.DemoData.Password }));
        var cookie = Cookies.SignInCookieOf(signIn)!;
        Cookies.Use(browser, cookie);
        using var forged = await browser.PostAsync(Imports(), new MultipartFormDataContent { { Csv("period,provider,service_line,planned,actual,unit_price\n2017/18-M03,nuh,elective,195,190,2100.00\n"), "files", "june.csv" } });
        // The page's token and its cookie, as a browser would send them with the form.
        using var tokenResponse = await browser.GetAsync("/api/v1/antiforgery");
        var token = await Api.ReadJsonAsync(tokenResponse);
        var antiforgeryCookie = tokenResponse.Headers.GetValues("Set-Cookie").Select(value => value.Split(';')[0]).Single(pair => pair.StartsWith("careledger-antiforgery=", StringComparison.Ordinal));
        Cookies.Use(browser, cookie + "; " + antiforgeryCookie);
        using var june = new MultipartFormDataContent
        {
            { Csv("period,provider,service_line,planned,actual,unit_price\n2017/18-M03,nuh,elective,195,190,2100.00\n"), "files", "june.csv" },
            { new StringContent(token.GetProperty("token").GetString()!), token.GetProperty("form_field_name").GetString()! },
        };
        using var withToken = await browser.PostAsync(Imports(), june);

        Assert.True(imported.StatusCode == HttpStatusCode.Created, await Api.DescribeAsync(imported));
        Assert.Equal(["april.csv", "may.csv"], (await Api.ReadJsonAsync(imported)).GetProperty("files").EnumerateArray().Select(file => file.GetProperty("import").GetProperty("file_name").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("antiforgery", (await Api.ReadJsonAsync(forged)).GetProperty("field").GetString());
        Assert.True(withToken.StatusCode == HttpStatusCode.Created, await Api.DescribeAsync(withToken));
    }

    [Fact]
    public async Task A_provider_imports_its_own_activity_but_not_another_providers_and_nothing_is_written()
    {
        using var provider = _ledger.As("provider@mid-notts.demo");
        var before = await SchemaDump.TakeAsync(_ledger.Database.Database);

        // Sherwood Forest's demo user: a row of its own and a row of NUH's.
        using var refused = await provider.PostAsync(Imports("?name=activity.csv"), Csv(
            "period,provider,service_line,planned,actual,unit_price\n2017/18-M01,sherwood-forest,elective,620,610,1450.00\n2017/18-M01,nuh,elective,195,201,2100.00\n"));
        var problem = await Api.ReadJsonAsync(refused);
        var after = await SchemaDump.TakeAsync(_ledger.Database.Database);
        using var own = await provider.PostAsync(Imports("?name=activity.csv"), Csv(
            "period,provider,service_line,planned,actual,unit_price\n2017/18-M01,sherwood-forest,elective,620,610,1450.00\n"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var finding = Assert.Single(problem.GetProperty("findings").EnumerateArray());
        Assert.Equal((ForeignRows.Code, "activity.csv", 3), (finding.GetProperty("code").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32()));
        Assert.Contains("'nuh' is not your organisation", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, after);
        Assert.True(own.StatusCode == HttpStatusCode.Created, await Api.DescribeAsync(own));
    }

    [Fact]
    public async Task The_command_lines_broken_files_are_each_refused_with_their_row_and_column_and_change_nothing()
    {
        using var finance = _ledger.As("commissioner@mid-notts.demo");
        var template = TemplateCatalog.Find(Template)!;
        var activity = new TemplateService().RenderActualsTables(Template).Value![0];
        var workbook = new TemplateService().RenderActualsWorkbook(Template).Value!;
        var mutator = new Mutator(Template.Length * 7919);
        var refused = 0;
        for (var index = 0; index < 24; index++)
        {
            var (name, content) = (index % 3) switch
            {
                0 => ("actuals.yaml", mutator.Mutate(template.ActualsYaml)),
                1 => (activity.Name, mutator.Mutate(activity.Text)),
                _ => ("actuals.xlsx", Mutator.DamagedWorkbook(workbook, new Random(index))),
            };
            var before = await SchemaDump.TakeAsync(_ledger.Database.Database);

            using var body = new ByteArrayContent(content);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await finance.PostAsync(Imports($"?name={name}"), body);

            var after = await SchemaDump.TakeAsync(_ledger.Database.Database);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                continue; // a mutation that still reads (a changed figure, say) is a good import
            }

            refused++;
            var replay = $"case {index} ({name}): {await Api.DescribeAsync(response)}";
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, replay);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var findings = (await Api.ReadJsonAsync(response)).GetProperty("findings").EnumerateArray().ToArray();
            Assert.True(
                findings.Any(finding => finding.GetProperty("severity").GetString() == "error" && finding.GetProperty("line").GetInt32() > 0 && finding.GetProperty("file").GetString()!.StartsWith(name, StringComparison.Ordinal)),
                replay);
            Assert.True(before == after, $"{replay}: the refused import changed the database.");
        }

        Assert.True(refused >= 12, $"only {refused} of 24 broken files were refused");
    }

    [Fact]
    public async Task A_body_in_a_form_encoding_is_refused_as_the_wrong_media_type()
    {
        using var finance = _ledger.As("commissioner@mid-notts.demo");

        using var response = await finance.PostAsync(Imports(), new FormUrlEncodedContent([new("period", "2017/18-M01")]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static string Imports(string query = "") => $"/api/v1/contracts/{InProcessLedger.OwnContract}/imports{query}";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
