using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// Work shared by the settlements of one call: a year end settles its twelve months too, and they all read the
/// same activity and split the same annual amounts into the same instalments. Computed once, used thirteen times.
/// </summary>
internal sealed class SettlementRun(ContractActuals actuals)
{
    private readonly Dictionary<(Id<Party> Payee, PaymentElement Element, int Year), IReadOnlyList<Instalment>> _instalments = [];

    public ActivityIndex Activity { get; } = new(actuals.Activity);

    /// <summary>An element's annual amount split over the year's instalments, as the fixed element is.</summary>
    public IReadOnlyList<Instalment> InstalmentsOf(Id<Party> payee, ElementAmount annual, InstalmentSchedule schedule, ContractYear year)
    {
        var key = (payee, annual.Element, year.Number);
        if (!_instalments.TryGetValue(key, out var instalments))
        {
            instalments = annual.Amount.IsZero ? [] : InstalmentPlanner.Plan(schedule, year, annual.Amount);
            _instalments[key] = instalments;
        }

        return instalments;
    }
}
