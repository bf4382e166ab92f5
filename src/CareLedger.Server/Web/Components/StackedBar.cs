using CareLedger.Domain;

namespace CareLedger.Server.Web.Components;

/// <summary>
/// One bar of a stacked chart: its label and one exact amount per series (in the chart's series order; zero where the
/// bar has none of a series), and their total.
/// </summary>
public sealed record StackedBar(string Label, IReadOnlyList<Money> Segments, Money Total);
