using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation.Model;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Simulation.Viability;

/// <summary>
/// Is a bid viable? Simulates the contract at the value modelled, then searches for the term values at which the
/// bidder is sustainable (in surplus over the term) with 80%, 90% and 95% probability. Every simulation in the search
/// uses the same seed, so each value is tried on the same futures and each run's surplus rises with the value: each
/// run has a break-even value, and the value sustainable with probability q is the q-quantile of the break-evens. The
/// search simulates the modelled value and one 10% away, places every run's break-even between them
/// (<see cref="BreakEvenValues"/>), simulates at the quantiles it finds, places the break-evens again with those
/// values added, and simulates at the new quantiles once more: at most eight simulations. The value reported is the
/// last simulated, with the share of runs in surplus measured at it, so the search checks itself.
/// </summary>
public static class ViabilitySearch
{
    /// <summary>How many rounds of simulating at the quantiles found: the second places every break-even between values close to it.</summary>
    private const int Rounds = 2;

    /// <summary>How far from the modelled value the second simulation is: wide enough that most runs break even between the two.</summary>
    private const decimal Step = 0.10m;

    public static ViabilityResult Assess(Contract contract, Scenario scenario, ViabilityOptions options, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1);
        var bidder = new PartyIndex(contract)[options.Bidder];
        var published = BudgetEngine.Build(contract).TermTotal;
        var simulations = 0;
        BidderRuns Run(Money? value)
        {
            var runs = BidderRuns.Simulate(contract, value is { } at ? scenario with { ContractValue = at } : scenario, bidder, options, cancellation);
            simulations++;
            progress?.Report(simulations);
            return runs;
        }

        var modelled = Run(null);
        var evaluated = new List<(long Value, long[] Term)> { (modelled.Value.ToMinorUnits(), modelled.Term) };
        var mostlyShort = InSurplus(modelled.Term).Value < ViabilityOptions.Levels[^1];
        var second = Run((modelled.Value * (mostlyShort ? 1 + Step : 1 - Step)).Round(RoundingRule.HalfUp));
        evaluated.Add((second.Value.ToMinorUnits(), second.Term));

        var found = new (long Value, long[] Term)?[ViabilityOptions.Levels.Count];
        for (var round = 0; round < Rounds; round++)
        {
            var breakEven = BreakEvenValues.Of(evaluated, modelled.Term.Length);
            for (var i = 0; i < found.Length; i++)
            {
                found[i] = OrderQuantile.Of(breakEven, ViabilityOptions.Levels[i]) is { } quantile ? Simulated(quantile.Value) : null;
            }
        }

        var final = BreakEvenValues.Of(evaluated, modelled.Term.Length);
        var sustainable = ViabilityOptions.Levels.Select((level, i) => Sustainable(level, found[i], final, published)).ToArray();
        var labels = contract.Term.Calendar.Years.Select(year => year.Label).Append("term").ToArray();
        var years = labels.Select((label, y) => Year(label, modelled, y, contract.Currency)).ToArray();
        var worst = years[..^1].OrderByDescending(year => year.Deficit.Times).ThenByDescending(year => year.ExpectedShortfall.Value).First();
        var party = contract.Parties[bidder];
        var searched = evaluated.OrderBy(point => point.Value)
            .Select(point => new SearchedValue(Money.FromMinorUnits(point.Value, contract.Currency), InSurplus(point.Term)))
            .ToArray();
        return new ViabilityResult(
            contract.Id.Value, scenario.Name, party.Id.Value, party.Name, options.Runs, options.Seed, contract.Currency.Code,
            published, modelled.Value, years[..^1], years[^1], worst.Year, sustainable, simulations, searched);

        // A value is simulated once, however many levels land on it. Values are whole pounds (the contract value is
        // money), rounded up: the run at the quantile breaks even at its value, so rounding down would leave it short.
        (long Value, long[] Term) Simulated(double minorUnits)
        {
            var pounds = Math.Max(1m, Math.Ceiling((decimal)minorUnits / 100m));
            var asked = new Money(pounds, contract.Currency);
            foreach (var point in evaluated.Where(point => point.Value == asked.ToMinorUnits()))
            {
                return point;
            }

            var runs = Run(asked);
            var result = (asked.ToMinorUnits(), runs.Term);
            evaluated.Add(result);
            return result;
        }
    }

    private static SustainableValue Sustainable(double level, (long Value, long[] Term)? found, double[] breakEven, Money published)
    {
        if (found is not { } point)
        {
            return new SustainableValue(level, null, null, null, null);
        }

        var error = OrderQuantile.Of(breakEven, level)?.StandardError;
        var value = point.Value / 100m;
        decimal? poundsError = error is { } e ? Pounds(e) : null;
        var discount = published.IsZero ? (double?)null : (double)(1m - (value / published.Amount));
        double? discountError = published.IsZero || poundsError is null ? null : (double)(poundsError.Value / published.Amount);
        return new SustainableValue(level, new Estimate(value, poundsError), discount, discountError, InSurplus(point.Term));
    }

    private static Probability InSurplus(long[] term) => new(term.Count(surplus => surplus >= 0), term.Length);

    private static ViabilityYear Year(string label, BidderRuns runs, int y, Currency currency)
    {
        var surplus = runs.Surplus[y];
        var sorted = surplus.Select(value => (double)value).ToArray();
        Array.Sort(sorted);
        var shortfall = surplus.Select(value => value < 0 ? -value : 0).ToArray();
        var unfunded = y < runs.Unfunded.Length ? runs.Unfunded[y] : runs.Unfunded.Sum();
        return new ViabilityYear(
            label,
            Money.FromMinorUnits(unfunded, currency),
            MeanOf(surplus),
            Percentile(sorted, 0.05),
            new Probability(surplus.Count(value => value < 0), surplus.Length),
            MeanOf(shortfall),
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95));
    }

    /// <summary>A percentile of surpluses (finite, so never null) in pounds, ± its standard error from the order statistics.</summary>
    private static Estimate Percentile(double[] sorted, double level)
    {
        var quantile = OrderQuantile.Of(sorted, level)!.Value;
        return new Estimate(Pounds(quantile.Value), quantile.StandardError is { } error ? Pounds(error) : null);
    }

    /// <summary>A mean of pennies ± sd ÷ √n: the mean exact from the 128-bit sum (rounded to the penny only to show), the error in floating point.</summary>
    private static Estimate MeanOf(long[] values)
    {
        Int128 sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        var n = (double)values.Length;
        var average = (double)sum / n;
        var variance = n > 1 ? values.Sum(value => (value - average) * (value - average)) / (n - 1) : 0;
        return new Estimate(Math.Round((decimal)sum / values.Length / 100m, 2, MidpointRounding.AwayFromZero), Pounds(Math.Sqrt(variance / n)));
    }

    private static decimal Pounds(double minorUnits) => Math.Round((decimal)minorUnits / 100m, 2, MidpointRounding.AwayFromZero);
}
