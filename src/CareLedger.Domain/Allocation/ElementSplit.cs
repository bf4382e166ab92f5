namespace CareLedger.Domain.Allocation;

/// <summary>The four elements of one provider's contract value in one year.</summary>
internal sealed record ElementSplit(ElementAmount Fixed, ElementAmount Variable, ElementAmount Outcome, ElementAmount ManagementFee);
