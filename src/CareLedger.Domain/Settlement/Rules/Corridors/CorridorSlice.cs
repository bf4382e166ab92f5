using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Settlement.Rules.Corridors;

/// <summary>
/// The part of the gap between target and actual cost that falls in one band: from <see cref="Lower"/> to
/// <see cref="Upper"/> (both money, exact), times the band's payer share.
/// </summary>
/// <param name="BandFrom">The band's lower edge in money: From × target, exact.</param>
/// <param name="BandTo">The band's upper edge in money (To × target, exact); null for an open top band.</param>
/// <param name="Contribution">Length × payer share as an exact fraction of the currency unit, so a share of 2/3 is not cut short.</param>
internal sealed record CorridorSlice(
    CorridorBand Band,
    Money BandFrom,
    Money? BandTo,
    Money Lower,
    Money Upper,
    Share Contribution)
{
    public Money Length => Upper - Lower;

    /// <summary>The contribution in money for display: exact when the payer share is a terminating decimal, otherwise to 28 significant digits.</summary>
    public Money ContributionShown => new(Contribution.ToDecimal(), Lower.Currency);

    /// <summary>e.g. "103%–108%" or "108% and above".</summary>
    public string BandLabel => Band.To is { } to ? $"{Band.From}–{to}" : $"{Band.From} and above";
}
