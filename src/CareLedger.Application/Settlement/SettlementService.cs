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
    /// contract's findings, then the actuals'.
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
        return loaded.Value is { } read
            ? ServiceResult<PeriodSettlement>.Success(Settle(opened, read, request.Period).Value!, findings)
            : ServiceResult<PeriodSettlement>.Failure(findings);
    }

    /// <summary>Settles typed actuals (from a store, an import or a simulation) for a period given by its label.</summary>
    public ServiceResult<PeriodSettlement> Settle(Contract contract, ContractActuals actuals, string period)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(actuals);
        return contract.Term.Calendar.TryParse(period, out var parsed, out var error)
            ? ServiceResult<PeriodSettlement>.Success(SettlementEngine.Settle(contract, actuals, parsed!))
            : ServiceResult<PeriodSettlement>.Rejected(new RequestProblem("period", error!));
    }
}
