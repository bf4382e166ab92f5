namespace CareLedger.Specs.Validation;

/// <summary>One semantic check on a contract that has been read. Each rule is small and reports every problem it finds.</summary>
public interface IContractRule
{
    void Check(ContractValidationContext context);
}
