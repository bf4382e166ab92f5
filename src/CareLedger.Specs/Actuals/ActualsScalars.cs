using System.Globalization;
using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// The kinds of scalar only actuals use. Periods and years are kept as written and resolved against the contract's
/// calendar by <see cref="ActualsChecker"/>, since rows from any source carry them as labels.
/// </summary>
internal static class ActualsScalars
{
    /// <summary>A calendar date <c>2018-01-15</c>.</summary>
    public static ScalarKind<DateOnly> Date { get; } = new((text, _) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ParseOutcome<DateOnly>.Success(date)
            : ParseOutcome<DateOnly>.Failure(DiagnosticCodes.BadPeriod, $"'{text.Trim()}' is not a date; write it as YYYY-MM-DD, e.g. 2018-01-15."));

    /// <summary>A risk/reward item id, or <c>all</c>.</summary>
    public static ScalarKind<SuspendedItem> SuspendedItem { get; } = new((text, context) =>
    {
        if (text.Trim() == Actuals.SuspendedItem.AllWord)
        {
            return ParseOutcome<SuspendedItem>.Success(Actuals.SuspendedItem.All);
        }

        var id = Scalars.Id<RiskRewardItem>().Parse(text, context);
        return id.Succeeded
            ? ParseOutcome<SuspendedItem>.Success(Actuals.SuspendedItem.One(id.Value))
            : ParseOutcome<SuspendedItem>.Failure(id.Code!, id.Message + " Or write 'all' to suspend every item.");
    });

    /// <summary>A milestone's result.</summary>
    public static Vocabulary<MilestoneStatus> Result { get; } = new(SpecWords.MilestoneResult);
}
