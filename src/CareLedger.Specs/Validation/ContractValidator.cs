using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Validation.Rules;

namespace CareLedger.Specs.Validation;

/// <summary>
/// Runs every semantic rule over a contract that has been read. Each rule is one concern and reports every problem
/// it finds, so an author sees the whole list at once; findings come back in file order.
/// </summary>
public static class ContractValidator
{
    private static readonly IContractRule[] Rules =
    [
        // Names and texts (CL003 blank, CL013).
        new TextsRule(),

        // Identity and references (CL010, CL101–CL105).
        new DuplicateIdsRule(),
        new DuplicateBaselineCellsRule(),
        new DuplicateFeesRule(),
        new RepeatedPartiesRule(),
        new PartyReferencesRule(),
        new ServiceLineReferencesRule(),
        new FrameworkReferencesRule(),
        new PartyRolesRule(),

        // Weights and shares, and what cost reimbursement needs (CL201–CL206, CL105).
        new OutcomeWeightsRule(),
        new FundingSharesRule(),
        new ParticipantSharesRule(),
        new InstalmentProfileRule(),
        new AgeBandsRule(),
        new PaymentElementsRule(),
        new CostReimbursementTermsRule(),

        // Values out of range (CL301–CL303).
        new NegativeFiguresRule(),
        new AbsurdFiguresRule(),
        new AdjustmentRatesRule(),

        // Bands and ranges (CL401–CL403).
        new ReversedRangesRule(),
        new SharingBandsRule(),
        new CorridorBandsRule(),
        new ScoreBandsRule(),

        // Risk and reward principles (CL501–CL503).
        new GatewayRule(),
        new WholeContractShareRule(),
        new NonParticipantRule(),

        // Model and parties (CL701–CL703).
        new PrimeModelRule(),
        new ModelShapeRule(),
        new PooledFundingRule(),
        new UnpaidPartyRule(),
    ];

    public static IReadOnlyList<Diagnostic> Validate(Contract contract, SpecLocations locations)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(locations);
        var diagnostics = new DiagnosticBag();
        var context = new ContractValidationContext(contract, locations, diagnostics);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        // What only computing shows (a budget below zero or too large) is looked for once the contract is otherwise
        // sound, so the engines never see a contract whose terms contradict each other.
        if (!diagnostics.HasErrors)
        {
            new BudgetRule().Check(context);
        }

        return diagnostics.Sorted();
    }
}
