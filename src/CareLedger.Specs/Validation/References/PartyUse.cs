namespace CareLedger.Specs.Validation.References;

/// <summary>What a reference to a party asks of it, and so which roles it must hold.</summary>
internal enum PartyUse
{
    /// <summary>Any party will do: a risk/reward participant, band share or cap.</summary>
    Any,

    /// <summary>Pays into the budget or a settlement: a commissioner, local authority or funder.</summary>
    Funds,

    /// <summary>Receives money: a provider, prime or sub-contractor.</summary>
    Paid,

    /// <summary>A sub-contractor's prime: must hold the prime role.</summary>
    Prime,
}
