using CareLedger.Application;
using CareLedger.Application.Budgets;
using CareLedger.Application.Contracts;
using CareLedger.Application.Documents;
using CareLedger.Application.Json;
using CareLedger.Data.Contracts;
using CareLedger.Data.Decisions;
using CareLedger.Data.Outcomes;
using CareLedger.Data.Settlements;
using CareLedger.Reports.Documents;
using CareLedger.Reports.Model;
using CareLedger.Reports.Tables;

namespace CareLedger.Reports;

/// <summary>
/// Builds reports from what is stored: a run's statements and board pack from the run's settlement document, the
/// budget from the contract version the page shows, the outcomes and register from their services. It reads, never
/// settles, so a report's figures are the stored run's. Who may see which contract is checked before this is called.
/// </summary>
public sealed class ReportService(SettlementRuns runs, ContractVersions versions, ContractService checker, BudgetService budgets, OutcomeResults outcomes, BoardDecisions decisions)
{
    /// <summary>The tables a contract's pages can export, by name, and what each needs: <c>run</c> or <c>year</c>.</summary>
    public static IReadOnlyList<string> TableNames { get; } = ["statements", "totals", "budget", "allocation", "contract-values", "outcomes"];

    /// <summary>A stored run with its settlement document and the contract version it was settled from; null when there is no such run.</summary>
    public async Task<SettledRun?> RunAsync(string contractId, string runId, CancellationToken cancellationToken = default)
    {
        if (await runs.RunAsync(contractId, runId, cancellationToken).ConfigureAwait(false) is not { } run
            || await versions.TextAsync(contractId, run.ContractVersion, cancellationToken).ConfigureAwait(false) is not { } text
            || checker.Open(new SourceText(text.Version.FileName, text.Yaml)).Value?.Contract is not { } contract)
        {
            return null;
        }

        return new SettledRun(run, CareLedgerJson.Read<SettlementDocument>(run.Document), contract);
    }

    /// <summary>One party's statement from a run; a problem naming the run's parties when it has none for <paramref name="partyId"/>.</summary>
    public static ServiceResult<Report> Statement(SettledRun settled, string partyId)
    {
        ArgumentNullException.ThrowIfNull(settled);
        var statement = settled.Settlement.Statements.FirstOrDefault(candidate => candidate.Party.Value == partyId);
        return statement is null
            ? ServiceResult<Report>.Rejected(new RequestProblem("party", $"run {settled.Run.RunNumber} of {settled.Settlement.Period} has no statement for '{partyId}'; its parties are {string.Join(", ", settled.Settlement.Statements.Select(candidate => candidate.Party.Value))}."))
            : ServiceResult<Report>.Success(StatementReport.Of(settled, statement));
    }

    /// <summary>The board pack for a run's period: the budget of its year, its statements, outcomes and the register as they stand.</summary>
    public async Task<Report> BoardPackAsync(SettledRun settled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settled);
        var year = Year(settled.Contract, settled.Year);
        var outcomeReport = (await outcomes.ReportAsync(settled.Run.ContractId, cancellationToken).ConfigureAwait(false)).Value;
        var register = (await decisions.RegisterAsync(settled.Run.ContractId, cancellationToken).ConfigureAwait(false)).Value;
        return BoardPack.Of(settled, year, outcomeReport, register);
    }

    /// <summary>
    /// One of a contract's tables as its page shows it (<see cref="TableNames"/>): a period's from <paramref name="runId"/>,
    /// the budget's for <paramref name="year"/> (the first year when none is named) of the current version.
    /// </summary>
    public async Task<ServiceResult<Report>?> TableAsync(string contractId, string table, string? runId, string? year, CancellationToken cancellationToken = default)
    {
        switch (table)
        {
            case "statements" or "totals":
                if (string.IsNullOrWhiteSpace(runId))
                {
                    return ServiceResult<Report>.Rejected(new RequestProblem("run", $"say which settlement run's {table} to export: ?run= followed by the run's id, as the period page links it."));
                }

                if (await RunAsync(contractId, runId.Trim(), cancellationToken).ConfigureAwait(false) is not { } settled)
                {
                    return null;
                }

                var settlementTable = table == "totals" ? SettlementTables.Totals(settled.Settlement) : SettlementTables.Statements(settled.Settlement);
                return Single(settlementTable, settled.Contract.Name, settled.Run.ContractVersion, settled.Settlement.Period);
            case "budget" or "allocation" or "contract-values":
                if (await versions.TextAsync(contractId, null, cancellationToken).ConfigureAwait(false) is not { } text
                    || checker.Open(new SourceText(text.Version.FileName, text.Yaml)).Value?.Contract is not { } contract)
                {
                    return null;
                }

                var computed = budgets.Compute(contract, string.IsNullOrWhiteSpace(year) ? null : year.Trim());
                if (computed.Value is null)
                {
                    return computed.FailedAs<Report>();
                }

                var budgetYear = BudgetDocument.Of(computed.Value).Years[0];
                var budgetTable = table switch
                {
                    "budget" => BudgetTables.Steps(budgetYear),
                    "allocation" => BudgetTables.Allocation(budgetYear),
                    _ => BudgetTables.ContractValues(budgetYear),
                };
                return Single(budgetTable, contract.Name, text.Version.Version, budgetYear.Year);
            case "outcomes":
                var report = await outcomes.ReportAsync(contractId, cancellationToken).ConfigureAwait(false);
                if (report.Value is not { } value)
                {
                    return report.FailedAs<Report>();
                }

                var name = (await versions.CurrentAsync(contractId, cancellationToken).ConfigureAwait(false))?.Name ?? contractId;
                return Single(OutcomeTables.Indicators(value), name, value.ContractVersion, "latest results to date");
            default:
                return ServiceResult<Report>.Rejected(new RequestProblem("table", $"'{table}' is not a table that can be exported; use one of {string.Join(", ", TableNames)}."));
        }
    }

    private BudgetYearDocument? Year(Domain.Contracts.Contract contract, string year) =>
        budgets.Compute(contract, year).Value is { } report ? BudgetDocument.Of(report).Years is [var first, ..] ? first : null : null;

    private static ServiceResult<Report> Single(ReportTable table, string contractName, long version, string period) =>
        ServiceResult<Report>.Success(new Report(new ReportHeading(table.Caption, contractName, version, period), [table]));
}
