using System.Globalization;
using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL204: an instalment profile has one share per instalment — 12 for monthly, 4 for quarterly — adding to 100%,
/// so that the whole fixed element is paid each year.
/// </summary>
internal sealed class InstalmentProfileRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        var fixedTerms = context.Contract.Payment.Fixed;
        var schedule = fixedTerms.Instalments;
        if (schedule.Profile is not { } profile)
        {
            return;
        }

        var location = context.LocateWithin(schedule, fixedTerms, "instalments", "profile");
        var count = profile.Count.ToString(CultureInfo.InvariantCulture);
        if (profile.Count is not (12 or 4))
        {
            context.Error(
                location,
                DiagnosticCodes.SharesNotWhole,
                $"the fixed element's instalment profile has {count} shares; give 12 (one a month) or 4 (one a quarter) that add to 100%.");
            return;
        }

        if (profile.Count != schedule.InstalmentsPerYear)
        {
            context.Error(
                location,
                DiagnosticCodes.SharesNotWhole,
                $"the fixed element's instalment profile has {count} shares but instalments are paid {schedule.InstalmentsPerYear.ToString(CultureInfo.InvariantCulture)} times a year; "
                + "give one share per instalment.");
            return;
        }

        var total = Share.Sum(profile);
        if (total != Share.Whole)
        {
            var parts = profile.Select((share, index) => ("#" + (index + 1).ToString(CultureInfo.InvariantCulture), share));
            context.Error(
                location,
                DiagnosticCodes.SharesNotWhole,
                $"the fixed element's instalment profile: shares {ShareTotal.Describe(total, parts)}; {ShareTotal.Fix(total)}, so the whole fixed element is paid in the year.");
        }
    }
}
