using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.Figures;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL301: a negative amount, size, share or rate where only zero or more makes sense — baseline spend, top slices,
/// pot shares, caps, weights, population. Adjustment amounts and rates are not checked here: their sign has a meaning.
/// </summary>
internal sealed class NegativeFiguresRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var figure in ContractFigures.Of(context).Where(figure => figure.Value < 0 && figure.Kind is not (FigureKind.SignedAmount or FigureKind.Measure)))
        {
            context.Error(
                context.Locate(figure.Node, figure.Keys),
                DiagnosticCodes.Negative,
                $"{figure.Owner} has a negative {figure.What} of {figure.Shown}{Wording.InYear(figure.Year)}; {Fix(figure.Kind)}.");
        }
    }

    private static string Fix(FigureKind kind) => kind switch
    {
        FigureKind.Amount => "it cannot be below zero: write the amount as a positive figure, or zero",
        FigureKind.Proportion => "a share cannot be below 0%: give a figure from 0% to 100%",
        FigureKind.Headcount or FigureKind.PopulationSize => "a number of people cannot be below zero",
        _ => "it cannot be below zero: give a rate of 0% or more",
    };
}
