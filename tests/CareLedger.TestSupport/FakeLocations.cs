using System.Globalization;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Payments;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;

namespace CareLedger.TestSupport;

/// <summary>
/// Records a location for every record of a contract and for each key it would have been written with, as the
/// reader does — but with made-up, distinct lines, so a test can tell exactly which key a diagnostic points at.
/// Keys are recorded only where a value is present, as in a real file.
/// </summary>
public sealed class FakeLocations
{
    public const string File = "test.yaml";

    private readonly SpecLocations _locations = new(File);
    private readonly HashSet<object> _unwritten;
    private int _line = 1;

    private FakeLocations(IEnumerable<object> unwritten) => _unwritten = new HashSet<object>(unwritten, ReferenceEqualityComparer.Instance);

    /// <param name="unwritten">Records to leave unrecorded, as defaults the reader supplied for sections not written.</param>
    public static SpecLocations For(Contract contract, params object[] unwritten)
    {
        var fake = new FakeLocations(unwritten);
        fake.Walk(contract);
        return fake._locations;
    }

    private void Walk(Contract contract)
    {
        // As the reader does, the contract carries both its own keys and where each top-level section starts.
        Record(contract, "contract", "id", "name", "model", "currency", "rounding", "term", "parties", "service_lines", "baseline", "payment");
        Each(contract.Parties, "parties", (party, path) =>
            Record(party, path, ["id", "name", "roles", If("membership", party.Membership), If("kind", party.Kind), If("prime", party.Prime)]));
        Record(contract.Funding, "funding", "pooled", "shares");
        Each(contract.Funding.Shares, "funding.shares", (share, path) => Record(share, path, "party", "share"));
        WalkPopulation(contract);
        Each(contract.ServiceLines, "service_lines", (line, path) => Record(line, path, "id", "name", "in_scope"));
        Each(contract.Exclusions, "exclusions", (exclusion, path) => Record(exclusion, path, ["description", If("service_line", exclusion.ServiceLine)]));
        Each(contract.TopSlices, "top_slices", (slice, path) =>
            Record(slice, path, [.. new[] { "id", "name", "kind", If("amount", slice.Amount), If("rate", slice.Rate) }, .. ScopeKeys(slice.Scope)]));
        Record(contract.Baseline, "baseline", "base_year", "spend");
        Each(contract.Baseline.Cells, "baseline.spend", (cell, path) => Record(cell, path, "service_line", "provider", "amount", "basis"));
        Each(contract.Adjustments, "adjustments", (adjustment, path) => Record(adjustment, path, [.. AdjustmentKeys(adjustment), .. ScopeKeys(adjustment.Scope)]));
        WalkPayment(contract.Payment);
        WalkFrameworks(contract.Frameworks);
        WalkRiskReward(contract.RiskReward);
        Each(contract.SharedSavings, "shared_savings", (terms, path) =>
        {
            Record(terms, path, ["id", "name", "entity", "payer", "benchmark", "minimum_savings_rate", If("minimum_loss_rate", terms.MinimumLossRate), "max_sharing_rate", If("savings_cap", terms.SavingsCap), If("loss", terms.Loss), "withholding"]);
            Record(terms.Benchmark, path + ".benchmark", [If("per_member_per_month", terms.Benchmark.PerMemberPerMonth), If("amount", terms.Benchmark.Amount)]);
            if (terms.Loss is { } loss)
            {
                Record(loss, path + ".loss", ["rate", If("flat_rate", loss.FlatRate), If("floor", loss.Floor), If("ceiling", loss.Ceiling), If("cap", loss.Cap)]);
            }
        });
        Each(contract.Corridors, "risk_corridors", (corridor, path) =>
        {
            Record(corridor, path, ["id", "name", "entity", "payer", If("target", corridor.Target), "bands"]);
            Each(corridor.Bands, path + ".bands", (band, bandPath) => Record(band, bandPath, ["from", If("to", band.To), "payer_share"]));
        });
    }

    private void WalkPopulation(Contract contract)
    {
        if (contract.Population is not { } population)
        {
            return;
        }

        Record(population, "population", ["description", "basis", "size", If("weighted_size", population.WeightedSize), If("growth_projection", population.GrowthProjection), If("growth_tolerance", population.Tolerance), .. population.AgeBands.Count > 0 ? new[] { "age_bands" } : []]);
        Each(population.AgeBands, "population.age_bands", (band, path) => Record(band, path, ["from", If("to", band.To), "size"]));
        Each(population.Cohorts, "population.cohorts", (cohort, path) => Record(cohort, path, "id", "name", "size"));
        if (population.Tolerance is { } tolerance)
        {
            Record(tolerance, "population.growth_tolerance", ["band", "adjust", If("price_per_head", tolerance.PricePerHead)]);
        }
    }

    private void WalkPayment(PaymentTerms payment)
    {
        Record(payment, "payment", ["fixed", If("variable", payment.Variable), If("outcome", payment.Outcome), If("management_fee", payment.ManagementFees.Count > 0 ? payment.ManagementFees[0] : null), "overrides"]);
        Record(payment.Fixed, "payment.fixed", [If("share", payment.Fixed.Share), "instalments"]);
        if (payment.Fixed.Instalments.Profile is not null)
        {
            Record(payment.Fixed.Instalments, "payment.fixed.instalments", "profile");
        }

        if (payment.Variable is { } variable)
        {
            Record(variable, "payment.variable", "share", "mechanisms");
            Each(variable.Mechanisms, "payment.variable.mechanisms", (mechanism, path) => Record(mechanism, path, [.. MechanismKeys(mechanism), .. ScopeKeys(mechanism.Scope)]));
        }

        if (payment.Outcome is { } outcome)
        {
            Record(outcome, "payment.outcome", "share", "framework", "aggregation", "threshold", "phasing");
            var phases = new[] { outcome.Phasing.EveryYear }.Concat(outcome.Phasing.ByYearNumber.Values).Distinct().ToArray();
            Each(phases, "payment.outcome.phasing", (phase, path) => Record(phase, path, "years", "applied", "at_risk"));
        }

        foreach (var fee in payment.ManagementFees)
        {
            Record(fee, "payment.management_fee", ["payee", If("rate", fee.Rate), If("amount", fee.Amount), "basis", If("funded_by", fee.FundedBy)]);
        }

        Each(payment.Overrides, "payment.overrides", (entry, path) =>
            Record(entry, path, ["provider", If("fixed_share", entry.FixedShare), If("variable_share", entry.VariableShare), If("outcome_share", entry.OutcomeShare)]));
    }

    private void WalkFrameworks(IReadOnlyList<OutcomesFramework> frameworks) =>
        Each(frameworks, "outcomes", (framework, path) =>
        {
            Record(framework, path, "id", "name", "outcomes");
            Each(framework.Outcomes, path + ".outcomes", (outcome, outcomePath) =>
            {
                Record(outcome, outcomePath, "id", "name", "weight", "indicators");
                Each(outcome.Indicators, outcomePath + ".indicators", (indicator, indicatorPath) =>
                {
                    var banded = indicator.Measure is MetricMeasure { Scoring: BandedScoring } ? "bands" : null;
                    var partCredit = indicator.Measure is MilestoneMeasure ? "part_credit" : null;
                    Record(indicator, indicatorPath, ["id", "name", "category", "weight", "measure", partCredit, banded]);
                    if (indicator.Measure is MetricMeasure { Scoring: BandedScoring scoring })
                    {
                        Each(scoring.Bands, indicatorPath + ".bands", (band, bandPath) => Record(band, bandPath, "from", "score"));
                    }
                });
            });
        });

    private void WalkRiskReward(RiskRewardAccount account)
    {
        Record(account, "risk_reward", "items", "suspension");
        Each(account.Items, "risk_reward.items", (item, path) =>
        {
            Record(item, path, ["id", "name", "measure", If("plan", item.Plan), "gateway", "include", .. item.Participants.Count > 0 ? new[] { "participants" } : [], "loss", "gain", .. ScopeKeys(item.Scope)]);
            Record(item.Gateway, path + ".gateway", "material", "collective_responsibility", "jointly_agreed");
            Each(item.Participants, path + ".participants", (share, sharePath) => Record(share, sharePath, "party", "share"));
            foreach (var (name, side) in new[] { ("gain", item.Gain), ("loss", item.Loss) })
            {
                var sidePath = path + "." + name;
                Record(side, sidePath, "enabled", "unit", "bands", "caps");
                Each(side.Bands, sidePath + ".bands", (band, bandPath) =>
                {
                    Record(band, bandPath, ["from", If("to", band.To), .. band.Shares.Count > 0 ? new[] { "shares" } : []]);
                    Each(band.Shares, bandPath + ".shares", (share, sharePath) => Record(share, sharePath, "party", "share"));
                });
                Each(side.Caps, sidePath + ".caps", (cap, capPath) => Record(cap, capPath, "party", "cap"));
            }
        });
    }

    private static string?[] AdjustmentKeys(BudgetAdjustment adjustment) => adjustment switch
    {
        RateAdjustment => ["kind", "name", "rate"],
        AmountAdjustment => ["kind", "name", "amount"],
        ShiftAdjustment shift => ["kind", "name", If("amount", shift.Moved.Amount), If("rate", shift.Moved.Rate), "to"],
        VatAdjustment => ["kind", "name", "rate", "funded"],
        _ => ["kind", "name"],
    };

    private static string?[] MechanismKeys(VariableMechanism mechanism) => mechanism switch
    {
        VolumeMechanism volume => ["id", "kind", "name", If("unit_price", volume.UnitPrice), "above_plan_rate", "below_plan_rate", If("dead_band", volume.DeadBand), If("cap", volume.Cap), If("collar", volume.Collar)],
        PatientChoiceMechanism choice => ["id", "kind", "name", "pool", If("cap", choice.Cap), If("collar", choice.Collar), .. IndexedKeys("providers", choice.Providers.Count)],
        _ => ["id", "kind", "name"],
    };

    private static string[] ScopeKeys(CellScope scope) =>
        [.. IndexedKeys("service_lines", scope.ServiceLines?.Count), .. IndexedKeys("providers", scope.Providers?.Count)];

    private static string[] IndexedKeys(string list, int? count) =>
        count is not { } items
            ? []
            : [list, .. Enumerable.Range(0, items).Select(index => $"{list}[{index.ToString(CultureInfo.InvariantCulture)}]")];

    private static string? If(string key, object? value) => value is null ? null : key;

    private static void Each<T>(IEnumerable<T> items, string path, Action<T, string> record)
    {
        var index = 0;
        foreach (var item in items)
        {
            record(item, $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]");
            index++;
        }
    }

    private void Record(object node, string path, params string?[] keys)
    {
        if (_unwritten.Contains(node))
        {
            return;
        }

        // Columns grow with nesting, as they would in a YAML file; every location gets a line of its own.
        var column = 1 + (2 * path.Count(character => character == '.'));
        _locations.Record(node, new SourceLocation(File, _line++, column, FieldPath.Root), path);
        foreach (var key in keys.OfType<string>())
        {
            _locations.Record(node, key, new SourceLocation(File, _line++, column + 2, FieldPath.Root), path + "." + key);
        }
    }
}
