namespace CareLedger.Simulation.Incentives;

/// <summary>
/// An incentive analysis of one contract year at the scenario's central values: every lever's findings, levers in
/// the contract's order, and how many settlements it took.
/// </summary>
public sealed record IncentiveResult(string Contract, string Scenario, string Year, string Currency, IReadOnlyList<IncentiveFinding> Findings, int Settlements)
{
    public IEnumerable<IncentiveFinding> Perverse => Findings.Where(finding => finding.Flag == IncentiveFlag.Perverse);
}
