using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation.Results;

namespace CareLedger.Simulation.Comparison;

/// <summary>
/// Simulates each contract under its reading of the scenario, then the first contract paid by activity instead, each
/// with the same options, and sets the results side by side with the risk each party carries.
/// </summary>
public static class ModelComparison
{
    /// <summary>The label of the payment-by-activity baseline.</summary>
    public const string ActivityBaseline = "payment by activity";

    /// <param name="models">Each contract to compare, with how to label it and its model in words, and the scenario read against it.</param>
    /// <param name="progress">Told the runs done so far across every model (each model's runs counted once).</param>
    public static ComparisonResult Compare(
        IReadOnlyList<(string Label, string Model, Contract Contract, Scenario Scenario)> models,
        SimulationOptions options,
        IProgress<long>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(options);
        if (models.Count == 0)
        {
            throw new ArgumentException("At least one contract is needed.", nameof(models));
        }

        var compared = new List<ComparedModel>();
        long before = 0;
        foreach (var (label, model, contract, scenario) in models.Append((ActivityBaseline, "payment-by-activity", models[0].Contract, models[0].Scenario)))
        {
            var basis = compared.Count < models.Count ? PaymentBasis.Contract : PaymentBasis.ActivityTariff;
            var done = before;
            var offset = progress is null ? null : new Progress<long>(runs => progress.Report(done + runs));
            var result = Simulator.Simulate(contract, scenario, options with { Basis = basis }, offset, cancellation);
            compared.Add(new ComparedModel(label, contract.Id.Value, model, basis, Parties(result)));
            before += options.Runs;
        }

        return new ComparisonResult(models[0].Scenario.Name, options.Runs, options.Seed, models[0].Contract.Currency.Code, compared);
    }

    private static ComparedParty[] Parties(SimulationResult result)
    {
        var spreads = result.Parties.Select(party => Spread(party.Term)).ToArray();
        var total = spreads.Sum();
        return result.Parties
            .Select((party, i) => new ComparedParty(
                party.Party,
                party.Name,
                party.Term.Income,
                party.Term.Surplus,
                party.Term.Deficit,
                spreads[i],
                total == 0 ? 0 : (double)(spreads[i] / total)))
            .ToArray();
    }

    /// <summary>P90 − P10 of the term position: the surplus where the party has a cost, else its income.</summary>
    private static decimal Spread(PartyYearResult term)
    {
        var position = term.Surplus ?? term.Income;
        return position.P90.Value - position.P10.Value;
    }
}
