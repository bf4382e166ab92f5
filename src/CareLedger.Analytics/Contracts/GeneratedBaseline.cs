namespace CareLedger.Analytics.Contracts;

/// <summary>
/// A contract's <c>baseline</c> section built from a workspace: spend by service line and provider in one financial
/// year, priced activity × tariff from the named price list, with the query that produced it so each figure can be
/// traced. <see cref="Problems"/> lists provider codes or service lines that cannot be contract ids.
/// </summary>
public sealed record GeneratedBaseline(FinancialYear Year, string PriceList, IReadOnlyList<BaselineEntry> Entries, string Query, IReadOnlyList<string> Problems);
