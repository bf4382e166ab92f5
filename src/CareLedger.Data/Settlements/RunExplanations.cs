using CareLedger.Application;
using CareLedger.Application.Explaining;
using CareLedger.Application.Settlement;
using CareLedger.Data.Contracts;
using CareLedger.Data.Decisions;
using CareLedger.Data.Imports;
using CareLedger.Data.Storage;
using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;

namespace CareLedger.Data.Settlements;

/// <summary>
/// How each line of a stored run was derived. A run stores its statements, not the explanations (they cite every
/// input and step, and are large), so they are recomputed from the run's own contract version, actuals and decisions.
/// The inputs are checked against the run's fingerprints first: explanations of a run whose actuals have since been
/// replaced would explain other figures, so that is refused rather than shown.
/// </summary>
public sealed class RunExplanations(LedgerDatabase database, ContractVersions contracts, IStoredActuals actuals, IDecisionInputs decisions, SettlementService settlement, ExplanationService explanations)
{
    public async Task<ServiceResult<PartyExplanation>> ExplainAsync(SettlementRun run, string partyId, string? elementName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        StatementElement? element = null;
        if (elementName is not null)
        {
            if (!StatementElementExtensions.TryParse(elementName, out var parsed))
            {
                return ServiceResult<PartyExplanation>.Rejected(new RequestProblem("element", $"'{elementName}' is not a statement element (fixed, variable, outcome, management-fee, …)."));
            }

            element = parsed;
        }

        if (!Id<Party>.TryCreate(partyId, out var party))
        {
            return ServiceResult<PartyExplanation>.Rejected(new RequestProblem("party", $"'{partyId}' is not a party id."));
        }

        await using var connection = await database.BeginAsync(cancellationToken);
        var opened = await contracts.OpenAsync(connection, run.ContractId, run.ContractVersion, cancellationToken);
        if (opened.Value is not { } version)
        {
            return opened.FailedAs<PartyExplanation>();
        }

        var decided = await decisions.LoadAsync(connection, version, cancellationToken);
        var stored = await actuals.LoadAsync(connection, decided.Contract, run.ContractId, cancellationToken);
        if (stored.Value is not { } snapshot)
        {
            return stored.FailedAs<PartyExplanation>();
        }

        if (snapshot.Fingerprint != run.ActualsFingerprint || decided.Fingerprint != run.DecisionsFingerprint)
        {
            return ServiceResult<PartyExplanation>.Rejected(new RequestProblem(
                "run",
                $"the actuals or board decisions have changed since run {run.RunNumber} of {run.Period}; settle the period again and explain its new run."));
        }

        var settled = settlement.Settle(decided.Contract, decided.Apply(snapshot.Actuals), run.Period, run.Provisional, snapshot.Files);
        return settled.Value is { } result ? explanations.Explain(result, party, element) : settled.FailedAs<PartyExplanation>();
    }
}
