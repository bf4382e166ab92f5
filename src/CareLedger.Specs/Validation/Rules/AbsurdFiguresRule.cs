using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.Figures;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL302: a value no contract can mean (see <see cref="Limits"/>) — an amount over 100bn in the contract's currency
/// (a slipped suffix or extra zeros), a share or weight over 100%, a rate over 1,000%, a population of zero or of
/// more than 100 million people, a metric's baseline or target beyond a trillion either way.
/// </summary>
internal sealed class AbsurdFiguresRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var symbol = context.Contract.Currency.Symbol;
        foreach (var figure in ContractFigures.Of(context))
        {
            var problem = Problem(figure, symbol);
            if (problem is not null)
            {
                context.Error(
                    context.Locate(figure.Node, figure.Keys),
                    DiagnosticCodes.Absurd,
                    $"{figure.Owner} has {figure.What} {figure.Shown}{Wording.InYear(figure.Year)}, {problem}.");
            }
        }
    }

    private static string? Problem(Figure figure, string symbol) => figure.Kind switch
    {
        FigureKind.Amount or FigureKind.SignedAmount when Math.Abs(figure.Value) > Limits.Amount =>
            $"over {symbol}100bn, more than any contract of this kind holds; check the figure and its suffix (k, m or bn)",
        FigureKind.Proportion when figure.Value > 100m =>
            "over 100%; it is a part of a whole, so it can be at most 100%: check the figure",
        FigureKind.Rate when figure.Value > Limits.RatePercent =>
            "over 1,000%, more than any rate of this kind means; check the figure (was a tenth of it meant?)",
        FigureKind.PopulationSize when figure.Value == 0m =>
            "so there is nobody to budget for; give the number of people covered at the start of the first contract year",
        FigureKind.PopulationSize or FigureKind.Headcount when figure.Value > Limits.People =>
            "more than 100 million people, more than any population a contract of this kind covers; check the figure",
        FigureKind.Measure when Math.Abs(figure.Value) > Limits.Measure =>
            "beyond a trillion either way, more than any measure of this kind; check the figure and its unit",
        _ => null,
    };
}
