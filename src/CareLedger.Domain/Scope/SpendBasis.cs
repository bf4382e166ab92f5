namespace CareLedger.Domain.Scope;

/// <summary>How a baseline figure was arrived at, so readers can judge how firm it is.</summary>
public enum SpendBasis
{
    /// <summary>Acute activity priced at tariff.</summary>
    ActivityTimesTariff,

    /// <summary>A block contract's value, or an estimate of the in-scope part of one.</summary>
    BlockEstimate,

    /// <summary>The provider's reported cost.</summary>
    ProviderCost,

    /// <summary>Anything else; the note says what.</summary>
    Other,

    /// <summary>A place's fair share of its ICB's budget by weighted capitation: the sum of its practices' shares.</summary>
    WeightedCapitation,
}
