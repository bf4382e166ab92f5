using CareLedger.Domain;
using CareLedger.Domain.Contracts;

namespace CareLedger.TestSupport;

/// <summary>Short ways to write contract values in tests, as a contract file would: <c>Pct("1.8%")</c>, <c>Part("2/3")</c>.</summary>
public static class Values
{
    public static Percentage Pct(string text) => Percentage.Parse(text);

    public static Share Part(string text) => Share.Parse(text);

    public static Money Gbp(decimal amount) => Money.Gbp(amount);

    public static Id<T> IdOf<T>(string text) => Id<T>.Of(text);

    public static YearSchedule<T> EveryYear<T>(T value) => YearSchedule<T>.Constant(value);

    /// <summary>A by-year value: <paramref name="everyYear"/> except in the years given by number (1 = first).</summary>
    public static YearSchedule<T> ByYear<T>(T everyYear, params (int Year, T Value)[] years) =>
        new(everyYear, years.ToDictionary(entry => entry.Year, entry => entry.Value));

    public static IReadOnlySet<Id<T>> Ids<T>(params string[] ids) => ids.Select(Id<T>.Of).ToHashSet();
}
