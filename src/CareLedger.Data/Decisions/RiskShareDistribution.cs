using CareLedger.Application.Documents;
using CareLedger.Application.Json;
using CareLedger.Data.Periods;
using CareLedger.Data.Settlements;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;

namespace CareLedger.Data.Decisions;

/// <summary>
/// The risk/reward result as last settled: the latest settlement run of the latest settled contract year (risk/reward
/// is measured over a year), its risk/reward lines party by party, and its notes on risk/reward (what was not shared,
/// and why). Read from the stored run exactly as settled, never worked out again, so the register and the statements
/// always agree to the penny.
/// </summary>
public sealed class RiskShareDistribution(PeriodRegister periods, SettlementRuns runs)
{
    public async Task<SettledRiskShares?> LatestAsync(string contractId, Contract contract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var statuses = await periods.ListAsync(contractId, cancellationToken).ConfigureAwait(false) ?? [];
        var year = statuses.LastOrDefault(status => status.LatestRunId is not null && contract.Term.Calendar.TryParseYear(status.Period, out _, out _));
        if (year?.LatestRunId is not { } runId || await runs.RunAsync(contractId, runId, cancellationToken).ConfigureAwait(false) is not { } run)
        {
            return null;
        }

        var settlement = CareLedgerJson.Read<SettlementDocument>(run.Document);
        IReadOnlyList<PartyRiskShares> parties = [.. settlement.Statements
            .Select(statement => new PartyRiskShares(
                statement.Party.Value,
                statement.Name,
                [.. statement.Lines.Where(line => line.Element == StatementElement.RiskShare)],
                Money.Sum(statement.Lines.Where(line => line.Element == StatementElement.RiskShare).Select(line => line.Amount), settlement.Currency)))
            .Where(party => party.Lines.Count > 0)];
        IReadOnlyList<string> notes = [.. settlement.Notes.Select(note => note.Message).Where(message => message.StartsWith("Risk/reward", StringComparison.Ordinal))];
        return new SettledRiskShares(run, settlement.Period, parties, notes);
    }
}

/// <summary>A settled year's risk/reward result: the run it comes from, each party's risk/reward lines and the notes.</summary>
public sealed record SettledRiskShares(SettlementRun Run, string Period, IReadOnlyList<PartyRiskShares> Parties, IReadOnlyList<string> Notes);

/// <summary>One party's risk/reward lines in a settled year and their total (what it receives, or pays when negative).</summary>
public sealed record PartyRiskShares(string PartyId, string Name, IReadOnlyList<StatementLineDocument> Lines, Money Total);
