namespace CareLedger.Specs.Actuals;

/// <summary>A row of <c>population</c>: the counted heads for a contract year.</summary>
/// <param name="Year">A contract year as the contract writes it (<c>2016/17</c>), in the term.</param>
/// <param name="Heads">A positive number of people.</param>
public sealed record PopulationRow(string? Year, int? Heads, string? Evidence = null) : ActualsRow;
