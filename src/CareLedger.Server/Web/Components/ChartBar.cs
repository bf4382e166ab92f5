using CareLedger.Domain;

namespace CareLedger.Server.Web.Components;

/// <summary>One bar of a chart: its label, its exact amount (shown to the penny) and whether it is a total.</summary>
public sealed record ChartBar(string Label, Money Amount, bool Total = false);
