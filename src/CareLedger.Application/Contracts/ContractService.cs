using CareLedger.Specs;

namespace CareLedger.Application.Contracts;

/// <summary>Reads and checks contracts: every finding for <c>validate</c>, or a contract ready to compute with.</summary>
public sealed class ContractService
{
    /// <summary>Reads and validates the text; every finding, with the contract if it could be read at all.</summary>
    public LoadedContract Check(SourceText contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return ContractLoader.Load(contract.Text, contract.Name);
    }

    /// <summary>
    /// A contract whose budget can be computed: fails with its errors (any error stops it), and otherwise carries
    /// its warnings.
    /// </summary>
    /// <param name="population">
    /// A population file whose <c>population</c> section replaces the contract's, checked with it (findings at its own
    /// lines): contracts compared side by side are given one population.
    /// </param>
    public ServiceResult<LoadedContract> Open(SourceText contract, SourceText? population = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var loaded = population is null ? Check(contract) : ContractLoader.Load(contract.Text, contract.Name, new Specs.Reading.PopulationSource(population.Text, population.Name));
        return loaded.CanComputeBudget
            ? ServiceResult<LoadedContract>.Success(loaded, loaded.Diagnostics)
            : ServiceResult<LoadedContract>.Failure([.. loaded.Errors]);
    }
}
