using System.Globalization;
using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Periods;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>A period of the contract read from an actuals file (a struct, so it can be a <see cref="ScalarKind{T}"/>).</summary>
internal readonly record struct PeriodValue(ContractPeriod Period);

/// <summary>A contract year read from an actuals file.</summary>
internal readonly record struct YearValue(ContractYear Year);

/// <summary>What a suspension names: one risk/reward item, or every item (<c>all</c>, a null item).</summary>
internal readonly record struct SuspendedItem(Id<RiskRewardItem>? Item);

/// <summary>
/// The kinds of scalar only actuals use. Periods and years are read against the contract's calendar, so a label
/// outside the term is CL008 with the term's first and last years in the message.
/// </summary>
internal static class ActualsScalars
{
    public const string All = "all";

    /// <summary>A year, quarter or month of the contract: <c>2016/17</c>, <c>2016/17-Q1</c>, <c>2016/17-M01</c>.</summary>
    public static ScalarKind<PeriodValue> Period { get; } = new((text, context) =>
        context.Calendar is not { } calendar
            ? ParseOutcome<PeriodValue>.Unjudged
            : calendar.TryParse(text.Trim(), out var period, out var error)
                ? ParseOutcome<PeriodValue>.Success(new PeriodValue(period!))
                : ParseOutcome<PeriodValue>.Failure(DiagnosticCodes.BadPeriod, error));

    /// <summary>A contract year: <c>2016/17</c> (or <c>2014</c> when the contract's years start in January).</summary>
    public static ScalarKind<YearValue> Year { get; } = new((text, context) =>
        context.Calendar is not { } calendar
            ? ParseOutcome<YearValue>.Unjudged
            : calendar.TryParseYear(text.Trim(), out var year, out var error)
                ? ParseOutcome<YearValue>.Success(new YearValue(year!))
                : ParseOutcome<YearValue>.Failure(DiagnosticCodes.BadPeriod, error));

    /// <summary>A calendar date <c>2018-01-15</c>.</summary>
    public static ScalarKind<DateOnly> Date { get; } = new((text, _) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ParseOutcome<DateOnly>.Success(date)
            : ParseOutcome<DateOnly>.Failure(DiagnosticCodes.BadPeriod, $"'{text.Trim()}' is not a date; write it as YYYY-MM-DD, e.g. 2018-01-15."));

    /// <summary>A risk/reward item id, or <c>all</c>.</summary>
    public static ScalarKind<SuspendedItem> SuspendedItem { get; } = new((text, context) =>
    {
        if (text.Trim() == All)
        {
            return ParseOutcome<SuspendedItem>.Success(new SuspendedItem(null));
        }

        var id = Scalars.Id<RiskRewardItem>().Parse(text, context);
        return id.Succeeded
            ? ParseOutcome<SuspendedItem>.Success(new SuspendedItem(id.Value))
            : ParseOutcome<SuspendedItem>.Failure(id.Code!, id.Message + " Or write 'all' to suspend every item.");
    });

    /// <summary>A milestone's result.</summary>
    public static Vocabulary<MilestoneStatus> Result { get; } = new(
        "milestone result",
        ("achieved", MilestoneStatus.Achieved),
        ("partly", MilestoneStatus.PartlyAchieved),
        ("not-achieved", MilestoneStatus.NotAchieved));
}
