using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Payments;

namespace CareLedger.Specs.Validation.Figures;

/// <summary>Collects the figures of a contract, writing each value as the author would and expanding by-year values.</summary>
internal sealed class FigureList(ContractValidationContext context)
{
    private readonly List<Figure> _figures = [];

    public IReadOnlyList<Figure> Items => _figures;

    public void Amount(object node, string key, string owner, string what, Money? value, FigureKind kind = FigureKind.Amount, string? year = null)
    {
        if (value is { } money)
        {
            _figures.Add(new Figure(node, [key], owner, what, kind, money.Amount, money.ToString(), year));
        }
    }

    public void Amounts(object node, string key, string owner, string what, YearSchedule<Money>? schedule, FigureKind kind = FigureKind.Amount)
    {
        foreach (var value in Expand(schedule))
        {
            Amount(node, key, owner, what, value.Value, kind, value.YearLabel);
        }
    }

    public void Percent(object node, string key, string owner, string what, Percentage? value, FigureKind kind = FigureKind.Proportion, string? year = null)
    {
        if (value is { } percentage)
        {
            _figures.Add(new Figure(node, [key], owner, what, kind, percentage.Value, percentage.ToString(), year));
        }
    }

    public void Percents(object node, string key, string owner, string what, YearSchedule<Percentage>? schedule, FigureKind kind = FigureKind.Proportion)
    {
        foreach (var value in Expand(schedule))
        {
            Percent(node, key, owner, what, value.Value, kind, value.YearLabel);
        }
    }

    public void Share(object node, string key, string owner, string what, Share share) =>
        _figures.Add(new Figure(node, [key], owner, what, FigureKind.Proportion, share.ToDecimal() * 100m, Wording.Share(share)));

    public void Count(object node, string key, string owner, string what, decimal? value, FigureKind kind = FigureKind.Headcount)
    {
        if (value is { } count)
        {
            _figures.Add(new Figure(node, [key], owner, what, kind, count, Wording.Number(count)));
        }
    }

    /// <summary>A plain number (a metric's baseline), written as the author would.</summary>
    public void Number(object node, string key, string owner, string what, decimal value, FigureKind kind, string? year = null) =>
        _figures.Add(new Figure(node, [key], owner, what, kind, value, Wording.Number(value), year));

    public void Numbers(object node, string key, string owner, string what, YearSchedule<decimal> schedule, FigureKind kind)
    {
        foreach (var value in Expand(schedule))
        {
            Number(node, key, owner, what, value.Value, kind, value.YearLabel);
        }
    }

    /// <summary>A cap, collar or pool: money, or a rate of the base its key names.</summary>
    public void Limit(object node, string key, string owner, string what, Limit? limit)
    {
        if (limit is null)
        {
            return;
        }

        Amount(node, key, owner, what, limit.Bound.Amount);
        Percent(node, key, owner, what, limit.Bound.Rate, FigureKind.Rate);
    }

    private IEnumerable<ScheduledValue<T>> Expand<T>(YearSchedule<T>? schedule) =>
        schedule is null ? [] : ScheduledValue<T>.Of(schedule, context);
}
