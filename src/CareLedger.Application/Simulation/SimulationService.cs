using CareLedger.Application.Contracts;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Scenarios;
using CareLedger.Simulation;
using CareLedger.Simulation.Results;
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

    private ServiceResult<T> Open<T>(SourceText contract, SourceText scenario, Func<Contract, Scenario, T> run)
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
        return loaded.Scenario is { } ready ? ServiceResult<T>.Success(run(read, ready), findings) : ServiceResult<T>.Failure(findings);
    }
}
