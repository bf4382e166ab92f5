using CareLedger.Application.Contracts;
using CareLedger.Application.Parties;
using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation;
using CareLedger.Simulation.Comparison;
using CareLedger.Simulation.Incentives;
using CareLedger.Simulation.Results;
using CareLedger.Simulation.Viability;
using CareLedger.Specs.Scenarios;

namespace CareLedger.Application.Simulation;

/// <summary>
/// Projects or simulates a contract under a scenario file. Nothing is run unless the contract can be computed with and
/// the scenario reads cleanly against it; the diagnostics hold the contract's findings, then the scenario's.
/// </summary>
public sealed class SimulationService(ContractService contracts)
{
    public SimulationService()
        : this(new ContractService())
    {
    }

    public ServiceResult<ProjectionResult> Project(SourceText contract, SourceText scenario) =>
        Open(contract, scenario, (opened, read) => Projector.Project(opened, read));

    public ServiceResult<SimulationResult> Simulate(SourceText contract, SourceText scenario, SimulationOptions options, IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Runs < 1)
        {
            return ServiceResult<SimulationResult>.Rejected(new RequestProblem("runs", "a simulation needs at least one run."));
        }

        return Open(contract, scenario, (opened, read) => Simulator.Simulate(opened, read, options, progress, cancellation));
    }

    /// <summary>
    /// Is a bid viable? <paramref name="bidder"/> (an id or name) is the party whose surplus is assessed; when null, the
    /// one party the scenario gives a cost, or among several the prime. The bidder must have a cost of delivery in the
    /// scenario (its surplus is income − cost) and the contract a budget to search values of.
    /// </summary>
    public ServiceResult<ViabilityResult> Viability(SourceText contract, SourceText scenario, string? bidder, long runs, ulong seed, int threads, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        if (runs < 1)
        {
            return ServiceResult<ViabilityResult>.Rejected(new RequestProblem("runs", "a viability search needs at least one run."));
        }

        return OpenWith(contract, scenario, (opened, read) =>
        {
            var chosen = Bidder(opened, read, bidder);
            if (chosen.Value is not { } party)
            {
                return chosen.FailedAs<ViabilityResult>();
            }

            if (BudgetEngine.Build(opened).TermTotal.IsZero)
            {
                return ServiceResult<ViabilityResult>.Rejected(new RequestProblem("contract", "has no budget over its term (no baseline spend), so there is no contract value to search for; add a `baseline` section."));
            }

            return ServiceResult<ViabilityResult>.Success(ViabilitySearch.Assess(opened, read, new ViabilityOptions(party.Id, runs, seed, threads), progress, cancellation));
        });
    }

    /// <summary>
    /// Does the payment mechanism reward the right behaviour? Each lever's marginal effect in contract year
    /// <paramref name="year"/> (a label such as 2017/18; null for the term's last year) at the scenario's central values.
    /// </summary>
    public ServiceResult<IncentiveResult> Incentives(SourceText contract, SourceText scenario, string? year, int threads = 1, CancellationToken cancellation = default) =>
        OpenWith(contract, scenario, (opened, read) =>
        {
            var years = opened.Term.Calendar.Years;
            var chosen = year is null ? years[^1] : years.FirstOrDefault(candidate => candidate.Label == year);
            return chosen is null
                ? ServiceResult<IncentiveResult>.Rejected(new RequestProblem("year", $"'{year}' is not a year of this contract. Years: {string.Join(", ", years.Select(candidate => candidate.Label))}."))
                : ServiceResult<IncentiveResult>.Success(IncentiveAnalysis.Analyse(opened, read, chosen.Number, threads, cancellation));
        });

    /// <summary>
    /// Two or more contract models on one scenario, side by side, with the payment-by-activity baseline priced from the
    /// first contract's cells. The scenario may name any of the contracts; it is read against each, and a finding that
    /// only one contract causes (a party or service line another does not have) says which. The contracts must be in
    /// one currency. With <paramref name="population"/>, a population file (a <c>population</c> section, as
    /// <c>careledger population contract</c> writes), every contract is given that population instead of its own.
    /// </summary>
    public ServiceResult<ComparisonResult> Compare(IReadOnlyList<SourceText> files, SourceText scenario, SimulationOptions options, SourceText? population = null, IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Runs < 1)
        {
            return ServiceResult<ComparisonResult>.Rejected(new RequestProblem("runs", "a comparison needs at least one run."));
        }

        if (files.Count < 1)
        {
            return ServiceResult<ComparisonResult>.Rejected(new RequestProblem("contract", "is needed: give one or more contract files to compare (one alone is set beside payment by activity)."));
        }

        if (files.GroupBy(file => file.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            return ServiceResult<ComparisonResult>.Rejected(new RequestProblem("contract", $"'{twice.Key}' is given twice; compare different contract files."));
        }

        var findings = new List<Specs.Diagnostics.Diagnostic>();
        var opened = new List<(SourceText Source, Contract Contract)>();
        foreach (var file in files)
        {
            var result = contracts.Open(file, population);
            // The population file's findings come back once per contract: each is kept once.
            findings.AddRange(result.Diagnostics.Where(finding => population is null || finding.Location.File != population.Name || !findings.Contains(finding)));
            if (result.Value?.Contract is { } contract)
            {
                opened.Add((file, contract));
            }
        }

        if (opened.Count < files.Count)
        {
            return ServiceResult<ComparisonResult>.Failure(findings);
        }

        if (opened.Select(model => model.Contract.Currency).Distinct().Count() > 1)
        {
            return ServiceResult<ComparisonResult>.Rejected(
                new RequestProblem("contract", $"must all be in one currency to be compared: {string.Join(", ", opened.Select(model => $"{model.Source.Name} is in {model.Contract.Currency.Code}"))}."),
                findings);
        }

        var ids = opened.Select(model => model.Contract.Id.Value).ToArray();
        var loaded = opened.Select(model => ScenarioLoader.Load(model.Contract, scenario.Text, scenario.Name, ids)).ToArray();
        findings.AddRange(ScenarioFindings(loaded, opened.Select(model => model.Source.Name).ToArray()));
        if (loaded.Any(load => load.Scenario is null))
        {
            return ServiceResult<ComparisonResult>.Failure(findings);
        }

        var models = opened.Select((model, i) => (model.Source.Name, SpecWords.Model.WordFor(model.Contract.Model), model.Contract, loaded[i].Scenario!)).ToArray();
        return ServiceResult<ComparisonResult>.Success(ModelComparison.Compare(models, options, progress, cancellation), findings);
    }

    /// <summary>
    /// The scenario's findings read against each contract, each once: a finding every contract causes as written, one
    /// that only some cause (a party or service line another contract does not have) naming the contracts it is about.
    /// </summary>
    private static IEnumerable<Specs.Diagnostics.Diagnostic> ScenarioFindings(LoadedScenario[] loaded, string[] names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in loaded.SelectMany(load => load.Diagnostics))
        {
            var key = finding.ToString();
            if (!seen.Add(key))
            {
                continue;
            }

            var against = names.Where((_, i) => loaded[i].Diagnostics.Any(other => other.ToString() == key)).ToArray();
            yield return against.Length == names.Length ? finding : finding with { Message = $"{finding.Message} (reading it against {string.Join(" and ", against)})" };
        }
    }

    /// <summary>The bidder named, else the one the scenario's costs point to; it must have a cost of delivery.</summary>
    private static ServiceResult<Party> Bidder(Contract contract, Scenario scenario, string? named)
    {
        var withCost = scenario.Costs.Select(cost => cost.Party).Distinct().ToArray();
        if (named is not null)
        {
            var found = new PartyLookup().Find(contract, named);
            if (found.Value is not { } party)
            {
                return ServiceResult<Party>.Rejected(found.Problem! with { Field = "bidder" });
            }

            return withCost.Contains(party.Id)
                ? found
                : ServiceResult<Party>.Rejected(new RequestProblem("bidder", $"'{party.Id}' has no cost of delivery in the scenario, so whether it is in surplus cannot be known: add `- {{ party: {party.Id}, amount: …, variation: … }}` under `costs:` in the scenario file."));
        }

        var primes = withCost.Where(id => contract.Parties.Any(party => party.Id == id && party.Has(PartyRole.Prime))).ToArray();
        Id<Party>? only = withCost.Length == 1 ? withCost[0] : primes.Length == 1 ? primes[0] : null;
        if (only is { } chosen)
        {
            return ServiceResult<Party>.Success(contract.Parties.First(party => party.Id == chosen));
        }

        return ServiceResult<Party>.Rejected(new RequestProblem("bidder", withCost.Length == 0
            ? "is needed, and the scenario gives no party a cost of delivery: add a `costs:` entry for the bidder (docs/scenario-spec.md)."
            : $"is needed: the scenario gives several parties a cost ({string.Join(", ", withCost.Select(id => id.Value))}); name the one whose bid to assess, e.g. '--bidder {withCost[0]}'."));
    }

    private ServiceResult<T> Open<T>(SourceText contract, SourceText scenario, Func<Contract, Scenario, T> run)
        where T : class =>
        OpenWith(contract, scenario, (read, ready) => ServiceResult<T>.Success(run(read, ready)));

    private ServiceResult<T> OpenWith<T>(SourceText contract, SourceText scenario, Func<Contract, Scenario, ServiceResult<T>> run)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var opened = contracts.Open(contract);
        if (opened.Value?.Contract is not { } read)
        {
            return opened.FailedAs<T>();
        }

        var loaded = ScenarioLoader.Load(read, scenario.Text, scenario.Name);
        IReadOnlyList<Specs.Diagnostics.Diagnostic> findings = [.. opened.Diagnostics, .. loaded.Diagnostics];
        if (loaded.Scenario is not { } ready)
        {
            return ServiceResult<T>.Failure(findings);
        }

        var result = run(read, ready);
        return result with { Diagnostics = [.. findings, .. result.Diagnostics] };
    }
}
