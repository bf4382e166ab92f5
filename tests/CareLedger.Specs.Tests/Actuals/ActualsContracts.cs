using CareLedger.Domain.Contracts;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// Contracts the actuals tests read against. <see cref="Riverside"/> has something for every section: providers, a
/// prime with a sub-contractor, an out-of-scope line, a volume mechanism priced from the actuals and one with its own
/// price, a milestone and a metric, risk/reward items with and without a plan and a per-item suspension clause,
/// three kinds of shared-savings benchmark, a corridor for the first two years and a population with a tolerance.
/// Its term is April 2016 for three years: 2016/17 to 2018/19.
/// </summary>
internal static class ActualsContracts
{
    public const string RiversideYaml = """
        careledger: 1
        contract:
          id: riverside
          name: Riverside test alliance
          model: hybrid
          term: { start: 2016-04, years: 3 }
        parties:
          - { id: ccg, name: Riverside CCG, roles: [commissioner] }
          - { id: acute, name: Riverside acute trust, roles: [provider] }
          - { id: community, name: Riverside community trust, roles: [provider] }
          - { id: hub, name: Riverside hub, roles: [prime, provider] }
          - { id: clinic, name: Riverside clinic, roles: [sub-contractor], prime: hub }
        population:
          description: Registered population
          basis: registered-list
          size: 200000
          as_of: 2016-04
          growth_projection: 1%
          growth_tolerance: { band: 0.5%, adjust: excess-only }
        service_lines:
          - { id: elective, name: Elective care }
          - { id: urgent-care, name: Urgent care }
          - { id: community-services, name: Community services }
          - { id: primary-care, name: Core primary care, in_scope: false }
        baseline:
          spend:
            - { service_line: elective, provider: acute, amount: £10m }
            - { service_line: urgent-care, provider: acute, amount: £20m }
            - { service_line: community-services, provider: community, amount: £8m }
            - { service_line: community-services, provider: clinic, amount: £2m }
            - { service_line: elective, provider: hub, amount: £5m }
        payment:
          fixed: { instalments: monthly }
          variable:
            share: 2%
            mechanisms:
              - { id: elective-volume, kind: volume, name: Elective volume, service_lines: [elective], providers: [acute], above_plan_rate: 75%, below_plan_rate: 50% }
              - { id: urgent-volume, kind: volume, name: Urgent volume, service_lines: [urgent-care], unit_price: £150, above_plan_rate: 50%, below_plan_rate: 50% }
          outcome:
            share: 2%
            framework: riverside-outcomes
            aggregation: proportional
        outcomes:
          - id: riverside-outcomes
            name: Riverside outcomes
            outcomes:
              - id: access
                name: Access
                weight: 100%
                indicators:
                  - { id: care-plan, name: Care plans in place, category: planning, weight: 50%, measure: milestone }
                  - { id: admissions-rate, name: Admissions per 1000 people, category: outcome-metric, weight: 50%, measure: metric, unit: per 1000, baseline: 14.2, target: 13.5, direction: lower-is-better, scoring: linear }
        risk_reward:
          items:
            - id: acute-overspend
              name: Acute spend over plan
              measure: spend-against-plan
              gateway: { material: yes, collective_responsibility: yes, jointly_agreed: yes }
              include: true
              participants: [{ party: acute, share: 50% }, { party: ccg, share: 50% }]
            - id: drugs
              name: High-cost drugs
              measure: spend-against-plan
              plan: £3m
              gateway: { material: yes, collective_responsibility: yes, jointly_agreed: yes }
              include: true
              participants: [{ party: acute, share: 50% }, { party: ccg, share: 50% }]
          suspension: { definition: Exceptional circumstances, decided_by: unanimous, per_item: yes }
        shared_savings:
          - { id: mssp-track, name: Per member, entity: hub, payer: ccg, benchmark: { per_member_per_month: 500.00 }, minimum_savings_rate: 2%, max_sharing_rate: 50%, quality_adjusted: true }
          - { id: amount-track, name: Stated amount, entity: hub, payer: ccg, benchmark: { amount: £60m }, minimum_savings_rate: 2%, max_sharing_rate: 50%, from: 2017/18 }
          - { id: open-track, name: From the actuals, entity: hub, payer: ccg, minimum_savings_rate: 2%, max_sharing_rate: 50% }
        risk_corridors:
          - id: marketplace
            name: Marketplace corridor
            entity: hub
            payer: ccg
            target: £26.5m
            to: 2017/18
            bands:
              - { from: 0%, to: 97%, payer_share: 50% }
              - { from: 97%, to: 103%, payer_share: 0% }
              - { from: 103%, payer_share: 50% }
        """;

    public static Contract Riverside { get; } = Read(RiversideYaml);

    /// <summary>Riverside whose suspension clause suspends only the whole share.</summary>
    public static Contract RiversideWholeShareSuspension { get; } = Read(RiversideYaml.Replace("per_item: yes", "per_item: no", StringComparison.Ordinal));

    /// <summary>Riverside without a suspension clause.</summary>
    public static Contract RiversideWithoutSuspension { get; } =
        Read(RiversideYaml.Replace("  suspension: { definition: Exceptional circumstances, decided_by: unanimous, per_item: yes }\n", string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// Riverside paying some costs at actual allowable cost: community services for the community trust and the hub
    /// (the clinic's too, through the hub) from 2017/18, capped at 105% of plan; and the acute trust as a whole, with no
    /// lines named, in 2018/19; neither has a variable or outcome element in a year it is paid wholly at cost.
    /// </summary>
    public static Contract RiversideReimbursed { get; } = Read(RiversideYaml.Replace(
        "  fixed: { instalments: monthly }\n",
        "  fixed: { instalments: monthly }\n"
        + "  cost_reimbursement:\n"
        + "    - { id: community-at-cost, name: Community services at cost, service_lines: [community-services], providers: [community, hub], from: 2017/18, cap: 105% }\n"
        + "    - { id: acute-at-cost, name: Acute trust at cost, providers: [acute], years: 2018/19 }\n"
        // A provider paid wholly at cost keeps no variable or outcome element in those years: they would come out of a
        // fixed element it no longer has (CL304).
        + "  overrides:\n"
        + "    - { provider: community, variable_share: { default: 0%, 2016/17: 2% }, outcome_share: { default: 0%, 2016/17: 2% } }\n"
        + "    - { provider: acute, variable_share: { default: 2%, 2018/19: 0% }, outcome_share: { default: 2%, 2018/19: 0% } }\n",
        StringComparison.Ordinal));

    private static Contract Read(string yaml)
    {
        var loaded = ContractLoader.Load(yaml, "riverside.yaml");
        Assert.True(loaded.Contract is not null && !loaded.HasErrors, string.Join(Environment.NewLine, loaded.Diagnostics));
        return loaded.Contract;
    }
}
