using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.Figures;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL302: a value no contract can mean — an amount over 100bn in the contract's currency (a slipped suffix or
/// extra zeros; the largest seed contract is £1.2bn over ten years), a share or weight over 100%, a population of zero.
/// </summary>
internal sealed class AbsurdFiguresRule : IContractRule
{
    private const decimal AmountCeiling = 100_000_000_000m;

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
        FigureKind.Amount or FigureKind.SignedAmount when Math.Abs(figure.Value) > AmountCeiling =>
            $"over {symbol}100bn, more than any contract of this kind holds; check the figure and its suffix (k, m or bn)",
        FigureKind.Proportion when figure.Value > 100m =>
            "over 100%; it is a part of a whole, so it can be at most 100%: check the figure",
        FigureKind.PopulationSize when figure.Value == 0m =>
            "so there is nobody to budget for; give the number of people covered at the start of the first contract year",
        _ => null,
    };
}
