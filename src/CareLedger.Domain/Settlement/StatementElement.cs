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
    /// <summary>The name statements and <c>explain --element</c> use (<see cref="SpecWords.StatementElement"/>).</summary>
    public static string ToSpecName(this StatementElement element) => SpecWords.StatementElement.WordFor(element);

    public static bool TryParse(string? name, out StatementElement element) => SpecWords.StatementElement.TryParse(name, out element);
}
