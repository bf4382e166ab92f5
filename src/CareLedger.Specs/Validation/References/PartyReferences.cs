using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Payments;

namespace CareLedger.Specs.Validation.References;

/// <summary>Every place a contract names a party, with what it asks of that party. Read by the reference and role rules.</summary>
internal static class PartyReferences
{
    public static IEnumerable<PartyReference> In(ContractValidationContext context)
    {
        var contract = context.Contract;
        foreach (var party in contract.Parties)
        {
            if (party.Prime is { } prime)
            {
                yield return new(party, ["prime"], prime, $"party {Wording.Named(party.Id.Value, party.Name)} is paid through prime", PartyUse.Prime);
            }
        }

        foreach (var share in contract.Funding.Shares)
        {
            yield return new(share, ["party"], share.Funder, "a funding share names", PartyUse.Funds);
        }

        foreach (var cell in contract.Baseline.Cells)
        {
            yield return new(cell, ["provider"], cell.Provider, $"the baseline cell for service line '{cell.ServiceLine}' names provider", PartyUse.Paid);
        }

        foreach (var slice in contract.TopSlices)
        {
            foreach (var reference in InScope(slice, slice.Scope, Subjects.TopSlice(slice) + " takes money from provider"))
            {
                yield return reference;
            }
        }

        foreach (var reference in InAdjustments(contract.Adjustments))
        {
            yield return reference;
        }

        foreach (var reference in InPayment(contract.Payment))
        {
            yield return reference;
        }

        foreach (var reference in InRiskReward(contract))
        {
            yield return reference;
        }

        foreach (var terms in contract.SharedSavings)
        {
            yield return new(terms, ["entity"], terms.Entity, Subjects.SharedSavings(terms) + " settle entity", PartyUse.Paid);
            yield return new(terms, ["payer"], terms.Payer, Subjects.SharedSavings(terms) + " are paid by", PartyUse.Funds);
        }

        foreach (var corridor in contract.Corridors)
        {
            yield return new(corridor, ["entity"], corridor.Entity, Subjects.Corridor(corridor) + " settles entity", PartyUse.Paid);
            yield return new(corridor, ["payer"], corridor.Payer, Subjects.Corridor(corridor) + " is paid by", PartyUse.Funds);
        }
    }

    private static IEnumerable<PartyReference> InAdjustments(IReadOnlyList<BudgetAdjustment> adjustments)
    {
        foreach (var adjustment in adjustments)
        {
            foreach (var reference in InScope(adjustment, adjustment.Scope, Subjects.Adjustment(adjustment) + " names provider"))
            {
                yield return reference;
            }

            if (adjustment is ShiftAdjustment shift)
            {
                yield return new(shift, ["provider", "to"], shift.ToProvider, Subjects.Adjustment(shift) + " moves money to provider", PartyUse.Paid);
            }
        }
    }

    private static IEnumerable<PartyReference> InPayment(PaymentTerms payment)
    {
        foreach (var mechanism in payment.Variable?.Mechanisms ?? [])
        {
            foreach (var reference in InScope(mechanism, mechanism.Scope, Subjects.Mechanism(mechanism) + " names provider"))
            {
                yield return reference;
            }

            if (mechanism is PatientChoiceMechanism choice)
            {
                foreach (var provider in choice.Providers)
                {
                    yield return new(choice, ScopeKeys.For(choice.Providers, provider, "providers"), provider, Subjects.Mechanism(choice) + " names provider", PartyUse.Paid);
                }
            }
        }

        foreach (var terms in payment.CostReimbursement)
        {
            foreach (var reference in InScope(terms, terms.Scope, Subjects.Reimbursement(terms) + " names provider"))
            {
                yield return reference;
            }
        }

        foreach (var fee in payment.ManagementFees)
        {
            yield return new(fee, ["payee"], fee.Payee, "the management fee is paid to", PartyUse.Paid);
            if (fee.FundedBy is { } funder)
            {
                yield return new(fee, ["funded_by"], funder, "the management fee is funded by", PartyUse.Funds);
            }
        }

        foreach (var paymentOverride in payment.Overrides)
        {
            yield return new(paymentOverride, ["provider"], paymentOverride.Provider, "a payment override names provider", PartyUse.Paid);
        }
    }

    private static IEnumerable<PartyReference> InRiskReward(Contract contract)
    {
        foreach (var item in contract.RiskReward.Items)
        {
            var name = Subjects.Item(item);
            foreach (var reference in InScope(item, item.Scope, name + " names provider"))
            {
                yield return reference;
            }

            foreach (var participant in item.Participants)
            {
                yield return new(participant, ["party"], participant.Party, name + " lists participant", PartyUse.Any);
            }

            foreach (var side in ItemSide.Of(item))
            {
                foreach (var band in side.Side.Bands)
                {
                    foreach (var share in ItemSide.OwnShares(item, band))
                    {
                        yield return new(share, ["party"], share.Party, $"a {side.Name} band of {name} gives a share to", PartyUse.Any);
                    }
                }

                foreach (var cap in side.Side.Caps)
                {
                    yield return new(cap, ["party"], cap.Party, $"a {side.Name} cap of {name} names", PartyUse.Any);
                }
            }
        }
    }

    private static IEnumerable<PartyReference> InScope(object node, CellScope scope, string phrase) =>
        scope.Providers is not { } providers
            ? []
            : providers.Select(provider => new PartyReference(node, ScopeKeys.For(providers, provider, "providers"), provider, phrase, PartyUse.Paid));
}
