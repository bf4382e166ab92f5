namespace CareLedger.Domain.Payments;

public enum FeeBasis
{
    /// <summary>The fee is part of the payee's contract value (Bedfordshire: 2.5% of the £26.5m).</summary>
    WithinContractValue,

    /// <summary>The fee is paid on top of the budget, e.g. for managing contracts the commissioners still pay directly (Staffordshire).</summary>
    OnTop,
}
