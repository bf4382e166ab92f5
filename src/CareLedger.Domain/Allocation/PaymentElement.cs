namespace CareLedger.Domain.Allocation;

/// <summary>The parts of a provider's contract value.</summary>
public enum PaymentElement
{
    Fixed,
    Variable,
    Outcome,
    ManagementFee,

    /// <summary>The budget on service lines paid at actual allowable cost rather than in instalments.</summary>
    CostReimbursement,
}

public static class PaymentElementExtensions
{
    /// <summary>The name used in files and statements: <c>fixed</c>, <c>variable</c>, <c>outcome</c>, <c>management-fee</c>.</summary>
    public static string ToSpecName(this PaymentElement element) => SpecWords.PaymentElement.WordFor(element);
}
