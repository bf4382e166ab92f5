namespace CareLedger.Application.Contracts.Editing;

/// <summary>A risk/reward item as its form shows it: name, the gateway's answers and whether it is included.</summary>
public sealed record EditableRiskItem(string Id, string Name, GatewayAnswers Gateway, bool Include);
