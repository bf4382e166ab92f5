using System.Globalization;
using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL010: one baseline entry per service line and provider. A second entry would silently add to or replace the
/// first, and the budget is built from these cells.
/// </summary>
internal sealed class DuplicateBaselineCellsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var first = new Dictionary<(Id<ServiceLine>, Id<Party>), BaselineCell>();
        foreach (var cell in context.Contract.Baseline.Cells)
        {
            if (first.TryAdd((cell.ServiceLine, cell.Provider), cell))
            {
                continue;
            }

            var earlier = first[(cell.ServiceLine, cell.Provider)];
            var line = context.Locations.Of(earlier).Line;
            var where = line > 0 ? " on line " + line.ToString(CultureInfo.InvariantCulture) : string.Empty;
            context.Error(
                context.Locate(cell),
                DiagnosticCodes.Duplicate,
                $"{Subjects.Cell(cell, context)} appears twice: {earlier.Amount} (first{where}) and {cell.Amount} here; "
                + "give one entry per service line and provider: add the amounts into one entry or remove the repeat.");
        }
    }
}
