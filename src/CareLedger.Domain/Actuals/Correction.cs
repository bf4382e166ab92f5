using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Actuals;

/// <summary>
/// A correction of a closed period, paid in a later open one: <see cref="From"/> pays <see cref="To"/> the
/// <see cref="Amount"/> (a whole number of pence, positive), for the <see cref="Reason"/> recorded with it. A correction
/// is recorded for a month or a year — a quarter settles as its months — and is paid once, in the statement of that
/// month (and its quarter) or at that year end.
/// </summary>
/// <param name="Corrects">The closed period it corrects, e.g. <c>2016/17</c>, when it corrects one.</param>
public sealed record Correction(ContractPeriod Period, Id<Party> From, Id<Party> To, Money Amount, string Reason, string? Corrects = null, SourceRef? Source = null);
