using System.Text.RegularExpressions;

namespace CareLedger.Specs.Tests.Hostile;

/// <summary>
/// A contract using every mechanism whose budget and settlement multiply figures together (rates, unit prices,
/// prices per member and per head, population growth, corridors, risk shares), and a year of actuals for it, each
/// figure a slot (<c>{amount}</c>, <c>{units}</c>…) filled from a pool: the largest value its limit accepts, a value
/// just beyond it, or ordinary ones. <see cref="Largest"/> fills every slot with the largest accepted value that
/// keeps the contract sound; <see cref="Random"/> fills each slot independently.
/// </summary>
internal static partial class ExtremeFigures
{
    public const string ContractFile = "extreme.yaml";

    public const string ActualsFile = "extreme.actuals.yaml";

    public const string Contract = """
        careledger: 1
        contract:
          id: extreme
          name: Extreme figures
          model: hybrid
          term: { start: 2016-04, years: {years} }
        parties:
          - { id: ccg, name: CCG, roles: [commissioner] }
          - { id: council, name: Council, roles: [local-authority] }
          - { id: acute, name: Acute, roles: [provider] }
          - { id: hub, name: Hub, roles: [prime, provider] }
          - { id: clinic, name: Clinic, roles: [sub-contractor], prime: hub }
        funding:
          pooled: true
          shares: [{ party: ccg, share: 2/3 }, { party: council, share: 1/3 }]
        population:
          basis: registered-list
          size: {people}
          growth_projection: {growth}
          growth_tolerance: { band: {rate}, adjust: excess-only, price_per_head: {price} }
        service_lines:
          - { id: elective, name: Elective }
          - { id: urgent, name: Urgent }
        top_slices:
          - { id: ooa, name: Out of area, kind: out-of-area, amount: {take} }
          - { id: pb, name: Personal budgets, kind: personal-budgets, rate: {share} }
        baseline:
          spend:
            - { service_line: elective, provider: acute, amount: {amount} }
            - { service_line: urgent, provider: acute, amount: {amount} }
            - { service_line: elective, provider: hub, amount: {amount} }
            - { service_line: urgent, provider: clinic, amount: {amount} }
        adjustments:
          - { kind: inflation, rate: {yearly} }
          - { kind: efficiency, rate: {yearly} }
          - { kind: savings, amount: {take} }
          - { kind: shift, amount: {take}, service_lines: [urgent], to: { service_line: elective, provider: hub } }
          - { kind: vat, rate: {share}, funded: true }
        payment:
          fixed: { instalments: monthly }
          variable:
            share: {element}
            mechanisms:
              - { id: vol, kind: volume, name: Volume, service_lines: [elective], unit_price: {price}, above_plan_rate: {rate}, below_plan_rate: {rate}, cap: {rate}, collar: {amount} }
              - { id: urgent-vol, kind: volume, name: Priced in the actuals, service_lines: [urgent], above_plan_rate: {rate}, below_plan_rate: {rate} }
          outcome: { share: {element}, framework: f, aggregation: proportional }
          management_fee: { payee: hub, rate: {element} }
        outcomes:
          - id: f
            name: Framework
            outcomes:
              - id: o
                name: Outcome
                weight: 100%
                indicators:
                  - { id: m, name: Milestone, category: planning, weight: 50%, measure: milestone }
                  - { id: r, name: Rate, category: outcome-metric, weight: 50%, measure: metric, baseline: {high}, target: {low}, direction: lower-is-better, scoring: linear }
        risk_reward:
          items:
            - id: item
              name: Item
              measure: spend-against-plan
              plan: {amount}
              gateway: { material: yes, collective_responsibility: yes, jointly_agreed: yes }
              include: true
              participants: [{ party: acute, share: 50% }, { party: ccg, share: 50% }]
        shared_savings:
          - { id: ss, name: Savings, entity: hub, payer: ccg, benchmark: { per_member_per_month: {price} }, minimum_savings_rate: 2%, max_sharing_rate: 50% }
        risk_corridors:
          - id: rc
            name: Corridor
            entity: hub
            payer: ccg
            target: {amount}
            bands: [{ from: 0%, to: 97%, payer_share: 50% }, { from: 97%, to: 103%, payer_share: 0% }, { from: 103%, payer_share: 50% }]

        """;

    public const string Actuals = """
        careledger_actuals: 1
        contract: extreme
        activity:
          - { period: 2016/17-M01, provider: acute, service_line: elective, planned: {units}, actual: {units} }
          - { period: 2016/17-M02, provider: acute, service_line: urgent, planned: {units}, actual: {units}, unit_price: {price} }
          - { period: 2016/17, provider: hub, service_line: elective, planned: {units}, actual: {units} }
        indicators:
          - { period: 2016/17, indicator: m, result: achieved, evidence: Minutes }
          - { period: 2016/17, indicator: r, value: {measure}, evidence: Extract }
        population:
          - { year: 2016/17, heads: {people} }
          - { year: 2017/18, heads: {people} }
        risk_reward:
          - { year: 2016/17, item: item, actual: {amount} }
        shared_savings:
          - { year: 2016/17, terms: ss, expenditure: {amount}, member_months: {units} }
        corridors:
          - { year: 2016/17, corridor: rc, actual_cost: {amount} }

        """;

    // The first value of each pool is the largest its limit accepts, the second just beyond it; the rest are ordinary.
    private static readonly Dictionary<string, string[]> Pools = new()
    {
        ["years"] = ["30", "31", "3", "2"],
        ["people"] = ["100000000", "100000001", "1", "200000"],
        ["growth"] = ["100%", "100.01%", "-99.99%", "1%"],
        ["rate"] = ["1000%", "1000.01%", "0%", "75%"],
        ["price"] = ["£100bn", "£100000000000.01", "£0.01", "£150"],
        ["take"] = ["£100bn", "£100000000000.01", "£0", "£1m"],
        ["share"] = ["100%", "100.01%", "0%", "3%"],
        ["amount"] = ["£100bn", "£100000000000.01", "£1", "£26.5m"],
        ["yearly"] = ["100%", "100.01%", "-99.99%", "2%"],
        ["element"] = ["33%", "100.01%", "0%", "2%"],
        ["high"] = ["1000000000000", "1000000000001", "14.2", "0"],
        ["low"] = ["-1000000000000", "-1000000000001", "13.5", "0"],
        ["units"] = ["1000000000", "1000000001", "0", "1850"],
        ["measure"] = ["1000000000000", "1000000000001", "-1000000000000", "13.1"],
    };

    /// <summary>The largest accepted value in every slot, except where that alone would break the contract.</summary>
    public static (string Contract, string Actuals) Largest()
    {
        string Fill(string text) => Slot().Replace(text, match => match.Groups["name"].Value switch
        {
            // Taking a whole budget's worth off, or growing the budget or the population past their limits, is an
            // error by design.
            "take" => "£1m",
            "share" => "3%",
            "yearly" => "0%",
            "growth" => "0%",

            // A price and a count each at their limit would be worth more than any amount may be: the count is at
            // its limit, so the price is as large as keeps its product within the largest amount.
            "price" => "£100",
            var name => Pools[name][0],
        });
        return (Fill(Contract), Fill(Actuals));
    }

    /// <summary>
    /// Each slot filled independently, one time in eight with the largest accepted value, else an ordinary one;
    /// in every other run, one kind of slot is sometimes filled with the value just beyond its limit.
    /// </summary>
    public static (string Contract, string Actuals) Random(Random random)
    {
        var beyond = random.Next(2) == 0 ? Pools.Keys.ElementAt(random.Next(Pools.Count)) : null;
        string Fill(string text) => Slot().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            var pool = Pools[name];
            if (name == beyond && random.Next(2) == 0)
            {
                return pool[1];
            }

            return random.Next(8) == 0 ? pool[0] : pool[2 + random.Next(pool.Length - 2)];
        });
        return (Fill(Contract), Fill(Actuals));
    }

    [GeneratedRegex(@"\{(?<name>[a-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Slot();
}
