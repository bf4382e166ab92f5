using CareLedger.Domain;

namespace CareLedger.Application.Documents;

/// <summary>A year's projected population and cost per head (rounded to the penny for display; never used to pay).</summary>
public sealed record PopulationDocument(int ProjectedHeads, Money CostPerHead, decimal? WeightedHeads, Money? CostPerWeightedHead);
