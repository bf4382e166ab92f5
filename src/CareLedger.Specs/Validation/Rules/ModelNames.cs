using CareLedger.Domain.Contracts;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>Contract models as the spec writes them (<c>prime-contractor</c>), for messages.</summary>
internal static class ModelNames
{
    public static string Of(ContractModel model) => model switch
    {
        ContractModel.Alliance => "alliance",
        ContractModel.PrimeContractor => "prime-contractor",
        ContractModel.PrimeProvider => "prime-provider",
        ContractModel.Hybrid => "hybrid",
        _ => model.ToString(),
    };
}
