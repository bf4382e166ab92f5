using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Tests.Values;

public class YearScheduleTests
{
    private static readonly IReadOnlyList<ContractYear> Years = new ContractCalendar(new YearMonth(2015, 4), 60, 4).Years;

    [Fact]
    public void A_constant_schedule_has_the_same_value_every_year()
    {
        var schedule = YearSchedule<Percentage>.Constant(Percentage.Parse("1.8%"));

        Assert.All(Years, year => Assert.Equal(Percentage.Parse("1.8%"), schedule.For(year)));
        Assert.Equal(Percentage.Parse("1.8%"), schedule.EveryYear);
        Assert.Empty(schedule.ByYearNumber);
    }

    [Fact]
    public void Overridden_years_take_their_own_value_and_the_rest_take_the_default()
    {
        // Cambridgeshire's outcome share: 0%, 10%, 10%, then the default 15% for years 4 and 5.
        var schedule = new YearSchedule<Percentage>(
            Percentage.Parse("15%"),
            new Dictionary<int, Percentage> { [1] = Percentage.Zero, [2] = Percentage.Parse("10%"), [3] = Percentage.Parse("10%") });

        Assert.Equal(["0%", "10%", "10%", "15%", "15%"], Years.Select(year => schedule.For(year).ToString()));
        Assert.Equal(Percentage.Parse("10%"), schedule.For(2));
        Assert.Equal(Percentage.Parse("15%"), schedule.For(99));
        Assert.Equal(3, schedule.ByYearNumber.Count);
    }

    [Fact]
    public void A_schedule_can_hold_any_value_type()
    {
        var schedule = new YearSchedule<Money>(Money.Gbp(40_000_000m), new Dictionary<int, Money> { [5] = Money.Gbp(38_000_000m) });

        Assert.Equal(Money.Gbp(40_000_000m), schedule.For(Years[0]));
        Assert.Equal(Money.Gbp(38_000_000m), schedule.For(Years[4]));
    }
}
