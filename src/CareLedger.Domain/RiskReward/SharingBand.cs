namespace CareLedger.Domain.RiskReward;

/// <summary>
/// A slice of a variance, from <see cref="From"/> up to <see cref="To"/> (null: no upper end), measured in the
/// side's <see cref="BandUnit"/>, shared among parties in the band's shares. Bedfordshire's prime keeps the first
/// 5% (one band, 100% to the prime) and splits the rest 50/50 (a second band).
/// </summary>
public sealed record SharingBand(decimal From, decimal? To, IReadOnlyList<PartyShare> Shares, SourceRef? Source = null);
