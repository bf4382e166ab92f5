namespace CareLedger.Specs.Validation.Figures;

/// <summary>Every number written in a contract that has a range of sensible values, for the negative and absurd value rules.</summary>
internal static class ContractFigures
{
    public static IReadOnlyList<Figure> Of(ContractValidationContext context)
    {
        var figures = new FigureList(context);
        ScopeFigures.AddTo(figures, context.Contract, context);
        PaymentFigures.AddTo(figures, context.Contract.Payment, context);
        SettlementFigures.AddTo(figures, context.Contract, context);
        return figures.Items;
    }
}
