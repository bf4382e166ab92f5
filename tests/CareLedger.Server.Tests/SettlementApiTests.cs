using System.Net;
using CareLedger.Server.Tests.Support;

namespace CareLedger.Server.Tests;

/// <summary>Settling, reading statements and explanations, and closing a period through the API.</summary>
public sealed class SettlementApiTests : IAsyncLifetime
{
    private const string Year = "2016/17";
    private InProcessLedger _ledger = null!;

    // The demo imports the template's year of actuals and settles the year itself.
    public async Task InitializeAsync() => _ledger = await InProcessLedger.StartAsync();

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task Settling_an_unchanged_period_again_returns_the_same_run_and_every_role_reads_its_statements()
    {
        using var finance = _ledger.As("commissioner@mid-notts.demo");

        using var first = await finance.PostAsync(Contract("settlements"), Api.Json(new { period = Year + "-M05" }));
        using var again = await finance.PostAsync(Contract("settlements"), Api.Json(new { period = Year + "-M05" }));
        var run = (await Api.ReadJsonAsync(first)).GetProperty("run");
        var runId = run.GetProperty("id").GetString();
        using var provider = _ledger.As("provider@mid-notts.demo");
        var statement = await Api.ReadJsonAsync(await provider.GetAsync(Contract($"runs/{runId}/statements/nuh")));
        var explanation = await Api.ReadJsonAsync(await provider.GetAsync(Contract($"runs/{runId}/explanations/nuh")));
        var periods = await provider.GetStringAsync(Contract("periods"));

        Assert.True(first.StatusCode == HttpStatusCode.Created, await Api.DescribeAsync(first));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await Api.ReadJsonAsync(again)).GetProperty("outcome").GetString());
        Assert.Equal(runId, (await Api.ReadJsonAsync(again)).GetProperty("run").GetProperty("id").GetString());
        Assert.Equal("nuh", statement.GetProperty("statements")[0].GetProperty("party").GetString());
        Assert.Equal("GBP", statement.GetProperty("currency").GetString());
        Assert.NotEmpty(explanation.GetProperty("lines").EnumerateArray());
        Assert.All(explanation.GetProperty("lines").EnumerateArray(), line => Assert.Equal(line.GetProperty("amount").GetString(), line.GetProperty("explanation").GetProperty("result").GetString()));
        Assert.Contains("\"settled\"", periods, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_period_cannot_be_settled_again_and_says_why()
    {
        using var finance = _ledger.As("commissioner@mid-notts.demo");

        using var closed = await finance.PostAsync(Contract("closures"), Api.Json(new { period = Year, reason = "year-end accounts signed off" }));
        using var refused = await finance.PostAsync(Contract("settlements"), Api.Json(new { period = Year + "-Q1" }));
        var problem = await Api.ReadJsonAsync(refused);

        Assert.True(closed.StatusCode == HttpStatusCode.OK, await Api.DescribeAsync(closed));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("closed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_not_in_the_term_is_a_problem_naming_the_field()
    {
        using var finance = _ledger.As("commissioner@mid-notts.demo");

        using var response = await finance.PostAsync(Contract("settlements"), Api.Json(new { period = "1999/00" }));
        var problem = await Api.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("period", problem.GetProperty("field").GetString());
    }

    private static string Contract(string path) => $"/api/v1/contracts/{InProcessLedger.OwnContract}/{path}";
}
