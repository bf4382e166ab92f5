using CareLedger.Domain.Payments;

namespace CareLedger.Specs.Validation.Figures;

/// <summary>The figures of the payment mechanism: element shares, instalments, variable mechanisms, phasing, the fee and overrides.</summary>
internal static class PaymentFigures
{
    public static void AddTo(FigureList figures, PaymentTerms payment, ContractValidationContext context)
    {
        figures.Percent(payment.Fixed, "share", "the fixed element", "share", payment.Fixed.Share);
        var profile = payment.Fixed.Instalments.Profile ?? [];
        for (var index = 0; index < profile.Count; index++)
        {
            figures.Share(payment.Fixed.Instalments, "profile", "the fixed element's instalment profile", $"share for instalment {index + 1}", profile[index]);
        }

        if (payment.Variable is { } variable)
        {
            figures.Percents(variable, "share", "the variable element", "planned share", variable.PlannedShare);
            foreach (var mechanism in variable.Mechanisms)
            {
                AddMechanism(figures, mechanism);
            }
        }

        if (payment.Outcome is { } outcome)
        {
            figures.Percents(outcome, "share", "the outcome element", "pot share", outcome.PotShare);
            figures.Percent(outcome, "threshold", "the outcome element", "threshold", outcome.Threshold);
            foreach (var phase in ScheduledValue<OutcomePhase>.Of(outcome.Phasing, context))
            {
                foreach (var atRisk in phase.Value.AtRiskByQuarter)
                {
                    figures.Percent(phase.Value, "at_risk", "the outcome element's phasing", "share at risk", atRisk, FigureKind.Proportion, phase.YearLabel);
                }
            }
        }

        foreach (var fee in payment.ManagementFees)
        {
            var owner = "the management fee to " + context.PartyName(fee.Payee);
            figures.Percents(fee, "rate", owner, "rate", fee.Rate);
            figures.Amounts(fee, "amount", owner, "amount", fee.Amount);
        }

        foreach (var terms in payment.CostReimbursement)
        {
            figures.Limit(terms, "cap", Subjects.Reimbursement(terms), "cap", terms.Cap);
        }

        foreach (var entry in payment.Overrides)
        {
            var owner = "the payment override for " + context.PartyName(entry.Provider);
            figures.Percent(entry, "fixed_share", owner, "fixed share", entry.FixedShare);
            figures.Percents(entry, "variable_share", owner, "variable share", entry.VariableShare);
            figures.Percents(entry, "outcome_share", owner, "outcome share", entry.OutcomeShare);
        }
    }

    private static void AddMechanism(FigureList figures, VariableMechanism mechanism)
    {
        var owner = Subjects.Mechanism(mechanism);
        switch (mechanism)
        {
            case VolumeMechanism volume:
                figures.Amount(volume, "unit_price", owner, "unit price", volume.UnitPrice);
                figures.Percent(volume, "above_plan_rate", owner, "above-plan rate", volume.AboveRate, FigureKind.Rate);
                figures.Percent(volume, "below_plan_rate", owner, "below-plan rate", volume.BelowRate, FigureKind.Rate);
                figures.Percent(volume, "dead_band", owner, "dead band", volume.DeadBand);
                figures.Limit(volume, "cap", owner, "cap", volume.Cap);
                figures.Limit(volume, "collar", owner, "collar", volume.Collar);
                break;
            case PatientChoiceMechanism choice:
                figures.Limit(choice, "pool", owner, "pool", choice.Pool);
                figures.Limit(choice, "cap", owner, "cap", choice.Cap);
                figures.Limit(choice, "collar", owner, "collar", choice.Collar);
                break;
            default:
                break;
        }
    }
}
