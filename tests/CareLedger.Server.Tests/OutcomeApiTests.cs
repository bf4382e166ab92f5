using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CareLedger.Server.Tests.Support;

namespace CareLedger.Server.Tests;

/// <summary>
/// Outcome results through the API: each indicator of the Mid-Nottinghamshire framework with its weight from the
/// contract, the result the demo's year of actuals records for it (citing the file and line), and the evidence
/// documents attached to it.
/// </summary>
public sealed class OutcomeApiTests : IAsyncLifetime
{
    private InProcessLedger _ledger = null!;

    public async Task InitializeAsync() => _ledger = await InProcessLedger.StartAsync();

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task Each_indicator_shows_its_weight_its_recorded_result_and_its_evidence()
    {
        using var provider = _ledger.As("provider@mid-notts.demo");
        using var document = new ByteArrayContent(Encoding.UTF8.GetBytes("Minutes of the Alliance Leadership Board, 20 October 2016.\n"));
        document.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var attached = await provider.PostAsync(Contract("evidence?indicator=diabetes-plan&period=2016/17&name=minutes.txt"), document);
        var report = await Api.ReadJsonAsync(await provider.GetAsync(Contract("outcomes")));

        Assert.True(attached.StatusCode == HttpStatusCode.Created, await Api.DescribeAsync(attached));
        var indicators = report.GetProperty("frameworks")[0].GetProperty("indicators").EnumerateArray().ToArray();
        var plan = indicators.Single(indicator => indicator.GetProperty("id").GetString() == "diabetes-plan");
        // mid-notts-alliance.yaml: diabetes-plan weighs 7% of the pot, measured as a milestone; the demo's actuals
        // (mid-notts-alliance.actuals.yaml) record it achieved for 2016/17, with the board minutes as evidence.
        Assert.Equal(7m, plan.GetProperty("weight_percent").GetDecimal());
        Assert.Equal("milestone", plan.GetProperty("measure").GetString());
        var result = Assert.Single(plan.GetProperty("results").EnumerateArray());
        Assert.Equal(("2016/17", "Achieved"), (result.GetProperty("period").GetString(), result.GetProperty("status").GetString()));
        Assert.StartsWith("Alliance Leadership Board minutes, 20 October 2016", result.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(".yaml", result.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(result.GetProperty("line").GetInt32() > 0);
        Assert.Equal("minutes.txt", Assert.Single(plan.GetProperty("evidence").EnumerateArray()).GetProperty("file_name").GetString());
        // The weights of the framework's indicators add up to the whole pot.
        Assert.Equal(100m, indicators.Sum(indicator => indicator.GetProperty("weight_percent").GetDecimal()));
    }

    [Fact]
    public async Task Someone_elses_contract_has_no_outcomes_to_show()
    {
        using var provider = _ledger.As("provider@mid-notts.demo");

        using var response = await provider.GetAsync($"/api/v1/contracts/{InProcessLedger.OtherContract}/outcomes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Contract(string path) => $"/api/v1/contracts/{InProcessLedger.OwnContract}/{path}";
}
