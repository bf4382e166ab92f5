using CareLedger.Application.Actuals;
using CareLedger.Application.Contracts;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Settlement;

/// <summary>Settles a month, quarter or year of a contract: a statement per party, the checks and the notes.</summary>
public sealed class SettlementService(ContractService contracts, ActualsService actuals)
{
    public SettlementService()
        : this(new ContractService(), new ActualsService())
    {
    }

    /// <summary>
    /// Reads the contract and its actuals and settles <see cref="SettlementRequest.Period"/>. Nothing is settled
    /// unless the contract can be computed with and every actuals file reads cleanly; the diagnostics hold the
    /// contract's findings, then the actuals'. A period whose actuals are incomplete is not settled either, and each
    /// missing thing is an error (CL809) at the actuals, unless the request is provisional.
    /// </summary>
    public ServiceResult<PeriodSettlement> Settle(SettlementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var contract = contracts.Open(request.Contract);
        if (contract.Value?.Contract is not { } opened)
        {
            return contract.FailedAs<PeriodSettlement>();
        }

        if (!opened.Term.Calendar.TryParse(request.Period, out _, out var error))
        {
            return ServiceResult<PeriodSettlement>.Rejected(new RequestProblem("period", error!), contract.Diagnostics);
        }

        var loaded = actuals.Load(opened, request.Actuals);
        IReadOnlyList<Specs.Diagnostics.Diagnostic> findings = [.. contract.Diagnostics, .. loaded.Diagnostics];
        if (loaded.Value is not { } read)
        {
            return ServiceResult<PeriodSettlement>.Failure(findings);
        }

        return Settle(opened, read, request.Period, request.Provisional, request.Actuals, findings);
    }

    /// <summary>
    /// Settles typed actuals (from a store, an import or a simulation) for a period given by its label. As for files, a
    /// period whose actuals are incomplete is settled only when <paramref name="provisional"/> is set.
    /// </summary>
    public ServiceResult<PeriodSettlement> Settle(Contract contract, ContractActuals actuals, string period, bool provisional = false)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(actuals);
        return Settle(contract, actuals, period, provisional, [], []);
    }

    /// <summary>
    /// Settles typed actuals read from <paramref name="files"/> (a store keeps the files its actuals came from), so that
    /// missing actuals are reported at those files as they are for <c>careledger settle</c>.
    /// </summary>
    public ServiceResult<PeriodSettlement> Settle(Contract contract, ContractActuals actuals, string period, bool provisional, IReadOnlyList<SourceText> files)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(actuals);
        ArgumentNullException.ThrowIfNull(files);
        return Settle(contract, actuals, period, provisional, files, []);
    }

    private static ServiceResult<PeriodSettlement> Settle(Contract contract, ContractActuals actuals, string period, bool provisional, IReadOnlyList<SourceText> files, IReadOnlyList<Specs.Diagnostics.Diagnostic> findings)
    {
        if (!contract.Term.Calendar.TryParse(period, out var parsed, out var error))
        {
            return ServiceResult<PeriodSettlement>.Rejected(new RequestProblem("period", error!), findings);
        }

        var settlement = SettlementEngine.Settle(contract, actuals, parsed!);
        if (provisional)
        {
            return ServiceResult<PeriodSettlement>.Success(settlement with { Provisional = true }, findings);
        }

        return settlement.ActualsComplete
            ? ServiceResult<PeriodSettlement>.Success(settlement, findings)
            : ServiceResult<PeriodSettlement>.Failure([.. findings, .. IncompleteActuals.Diagnose(settlement, files)]);
    }
}
