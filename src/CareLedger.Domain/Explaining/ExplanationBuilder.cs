namespace CareLedger.Domain.Explaining;

/// <summary>Collects an explanation as a rule computes, so the words and the arithmetic cannot drift apart.</summary>
public sealed class ExplanationBuilder(string rule, string formula)
{
    private readonly List<ExplanationInput> _inputs = [];
    private readonly List<ExplanationStep> _steps = [];
    private string? _rounding;

    public ExplanationBuilder Input(string name, ExplainedValue value, SourceRef? source = null)
    {
        _inputs.Add(new ExplanationInput(name, value, source));
        return this;
    }

    public ExplanationBuilder Step(string description, ExplainedValue value)
    {
        _steps.Add(new ExplanationStep(description, value));
        return this;
    }

    /// <summary>Inputs worded elsewhere, e.g. once for several lines that share them.</summary>
    public ExplanationBuilder Inputs(IReadOnlyCollection<ExplanationInput> inputs)
    {
        _inputs.EnsureCapacity(_inputs.Count + inputs.Count);
        _inputs.AddRange(inputs);
        return this;
    }

    /// <summary>Steps worded elsewhere, e.g. once for several lines that share them.</summary>
    public ExplanationBuilder Steps(IReadOnlyCollection<ExplanationStep> steps)
    {
        _steps.EnsureCapacity(_steps.Count + steps.Count);
        _steps.AddRange(steps);
        return this;
    }

    public ExplanationBuilder Rounded(string rounding)
    {
        _rounding = rounding;
        return this;
    }

    public Explanation Result(Money amount) => new(rule, formula, ValueList.From(_inputs), ValueList.From(_steps), _rounding, amount);
}
