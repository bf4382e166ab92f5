using System.Text.Json;

namespace CareLedger.Simulation.Tests;

public sealed class ReproducibilityTests
{
    [Fact]
    public void Two_runs_with_one_seed_are_identical_byte_for_byte_and_one_thread_agrees_with_two()
    {
        var (contract, scenario) = TemplateFiles.Template("mid-notts-alliance");
        string Run(int threads) => JsonSerializer.Serialize(Simulator.Simulate(contract, scenario, new SimulationOptions(2_500, 42, threads)));

        var first = Run(1);
        Assert.Equal(first, Run(1));
        Assert.Equal(first, Run(2));
    }

    [Fact]
    public void Another_seed_gives_other_draws()
    {
        var (contract, scenario) = TemplateFiles.Template("mid-notts-alliance");
        var one = JsonSerializer.Serialize(Simulator.Simulate(contract, scenario, new SimulationOptions(300, 1)));
        var two = JsonSerializer.Serialize(Simulator.Simulate(contract, scenario, new SimulationOptions(300, 2)));
        Assert.NotEqual(one, two);
    }
}
