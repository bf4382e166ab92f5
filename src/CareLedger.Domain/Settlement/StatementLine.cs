using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// One line of a party's statement. A positive amount is money the party receives, a negative one money it pays.
/// Every line has an equal and opposite line on its counterparty's statement, so all statements together sum to
/// zero. Plain data: the reason and the explanation are finished when the line is made. (Simulations that never
/// read them settle for totals only, <see cref="SettlementEngine.SettleTotals(Budgets.BudgetPlan, IReadOnlyList{Allocation.YearAllocation}, Actuals.ContractActuals, Periods.ContractPeriod)"/>, and make no lines at all.)
/// </summary>
/// <param name="Reason">One line in words, e.g. "Outcome payment: alliance met 100% of the framework (threshold 100%)".</param>
/// <param name="Counterparty">Who pays the party (or whom it pays).</param>
/// <param name="OnAccount">True for a line that deducts what in-year statements already paid (a year-end true-up).</param>
/// <param name="Explanation">How the amount was derived.</param>
public sealed record StatementLine(
    Id<Party> Party,
    StatementElement Element,
    Money Amount,
    string Reason,
    Id<Party> Counterparty,
    bool OnAccount,
    Explanation Explanation);
