using CareLedger.Domain.Actuals;
using CareLedger.Domain.RiskReward;
using static CareLedger.Domain.Tests.Settlement.RiskReward.RiskShareFixtures;

namespace CareLedger.Domain.Tests.Settlement.RiskReward;

/// <summary>
/// The gateway review (seed 000): an item moves money only if it is material, the alliance's collective
/// responsibility and jointly agreed — and the members have included it. Everything else stays in the account.
/// </summary>
public sealed class RiskShareGatewayTests
{
    [Fact]
    public void An_item_not_through_the_gateway_never_moves_money_even_when_included()
    {
        // Hand-built: include is true, but collective responsibility is unanswered and jointly agreed is no.
        // The validator rejects this in a file (CL501); the rule must not move money on it regardless.
        var item = Activity(SpecShares(), gateway: new GatewayAnswers(true, null, false), included: true);
        var contract = MidNotts(item);
        var context = Settle(contract, 0, ActualsWith(items: [new RiskItemActual(Year(contract, 0), item.Id, null, Money.Gbp(45_000_000.00m))]));

        Assert.Empty(context.Lines);
        Assert.Equal(
            $"Risk/reward 2016/17: in the account, not shared: {ActivityName} (gateway not passed: collective responsibility unanswered, jointly agreed no).",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void Items_not_shared_are_listed_in_one_note_with_their_reasons()
    {
        var proposed = Activity([Influence(Sherwood, 50m), Influence(Host, 50m)], id: "high-cost-drugs", name: "High-cost drugs", gateway: new GatewayAnswers(true, null, null), included: false);
        var passedNotIncluded = Activity([Influence(Nuh, 100m)], id: "falls", name: "Falls pathway", included: false);
        var shared = Activity(SpecShares());
        var contract = MidNotts(proposed, passedNotIncluded, shared);
        var year = Year(contract, 0);
        var rows = new[]
        {
            new RiskItemActual(year, proposed.Id, null, Money.Gbp(50_000_000.00m)),
            new RiskItemActual(year, passedNotIncluded.Id, null, Money.Gbp(50_000_000.00m)),
            new RiskItemActual(year, shared.Id, null, Money.Gbp(40_400_000.00m)),
        };

        var context = Settle(contract, 0, ActualsWith(items: rows));

        Assert.Equal(
            "Risk/reward 2016/17: in the account, not shared: High-cost drugs (gateway not passed: collective responsibility unanswered, jointly agreed unanswered; not included by the members); Falls pathway (not included by the members).",
            context.Notes[0].Message);
        // Only the shared item moves money: over-spend 400,000.00 → sherwood 120,000.00, nuh 80,000.00, community 100,000.00.
        Assert.Equal(300_000.00m, RiskShareOf(context, Host).Amount);
        Assert.All(context.Lines, line => Assert.StartsWith($"Risk/reward: {ActivityName}", line.Reason, StringComparison.Ordinal));
    }
}
