namespace CareLedger.Domain.Settlement;

/// <summary>The kind of money on a statement line.</summary>
public enum StatementElement
{
    Fixed,
    Variable,
    Outcome,
    ManagementFee,
    RiskShare,
    SharedSavings,
    Corridor,
    Adjustment,

    /// <summary>Actual allowable cost paid for service lines reimbursed at cost.</summary>
    CostReimbursement,
}

public static class StatementElementExtensions
{
    public static string ToSpecName(this StatementElement element) => element switch
    {
        StatementElement.Fixed => "fixed",
        StatementElement.Variable => "variable",
        StatementElement.Outcome => "outcome",
        StatementElement.ManagementFee => "management-fee",
        StatementElement.RiskShare => "risk-share",
        StatementElement.SharedSavings => "shared-savings",
        StatementElement.Corridor => "corridor",
        StatementElement.Adjustment => "adjustment",
        StatementElement.CostReimbursement => "cost-reimbursement",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Unknown statement element."),
    };

    public static bool TryParse(string? name, out StatementElement element)
    {
        foreach (var candidate in Enum.GetValues<StatementElement>())
        {
            if (candidate.ToSpecName() == name)
            {
                element = candidate;
                return true;
            }
        }

        element = default;
        return false;
    }
}
