namespace CareLedger.Analytics.Reporting;

/// <summary>
/// The one point where analytics rounds money: a total of exact row costs (4 decimal places) to whole pence, half
/// away from zero, as it is shown or written into a contract. Each figure is rounded from its own exact total, so
/// rounded parts may differ from the rounded whole by a penny or two; reports say so.
/// </summary>
public static class Pennies
{
    public static decimal Round(decimal exact) => decimal.Round(exact, 2, MidpointRounding.AwayFromZero);
}
