namespace CareLedger.Analytics.Contracts;

/// <summary>
/// One line of a generated baseline: spend on a service line at a provider in the base year, as the contract will
/// name them (ids), with the records and units it sums, its exact total and the amount rounded to the penny.
/// </summary>
public sealed record BaselineEntry(string ServiceLine, string Provider, long Records, long Units, decimal ExactSpend, decimal Amount);
