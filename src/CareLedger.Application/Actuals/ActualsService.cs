using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Specs.Actuals;

namespace CareLedger.Application.Actuals;

/// <summary>
/// Reads actuals (YAML files, CSV tables, or both) and checks them against their contract. All or nothing: the
/// actuals come back only if no file has an error, with every finding in every file.
/// </summary>
public sealed class ActualsService
{
    public ServiceResult<ContractActuals> Load(Contract contract, IReadOnlyList<SourceText> files)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(files);
        var loaded = ActualsLoader.Load(contract, files.Select(file => (file.Name, file.Text)).ToArray());
        return loaded.Actuals is { } actuals
            ? ServiceResult<ContractActuals>.Success(actuals, loaded.Diagnostics)
            : ServiceResult<ContractActuals>.Failure(loaded.Diagnostics);
    }
}
