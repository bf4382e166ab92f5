namespace CareLedger.Domain.Allocation;

/// <summary>The parts of a provider's contract value.</summary>
public enum PaymentElement
{
    Fixed,
    Variable,
    Outcome,
    ManagementFee,
}

public static class PaymentElementExtensions
{
    /// <summary>The name used in files and statements: <c>fixed</c>, <c>variable</c>, <c>outcome</c>, <c>management-fee</c>.</summary>
    public static string ToSpecName(this PaymentElement element) => SpecWords.PaymentElement.WordFor(element);
}
