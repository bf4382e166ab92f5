namespace CareLedger.Domain.Scenarios;

/// <summary>A value that does not vary.</summary>
public sealed record FixedValue(double Value) : Distribution
{
    public override string Name => "fixed";

    public override double Central => Value;

    public override bool IsFixed => true;
}
