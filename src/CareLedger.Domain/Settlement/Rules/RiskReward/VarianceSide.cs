namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// Which side of a risk/reward item a year's variance falls on: an under-spend or a surplus is a gain, an over-spend
/// or a deficit a loss. Each side has its own bands and caps, and either may be switched off.
/// </summary>
internal enum VarianceSide
{
    Gain,
    Loss,
}
