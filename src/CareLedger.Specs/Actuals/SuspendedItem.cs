using CareLedger.Domain;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// What a suspension names: one risk/reward item, or every item (<see cref="All"/>, written <c>all</c>). The default
/// value is <see cref="All"/>.
/// </summary>
public readonly record struct SuspendedItem(Id<RiskRewardItem>? Item)
{
    public const string AllWord = "all";

    public static SuspendedItem All => default;

    public bool IsAll => Item is null;

    public static SuspendedItem One(Id<RiskRewardItem> item) => new(item);

    public override string ToString() => Item?.Value ?? AllWord;
}
