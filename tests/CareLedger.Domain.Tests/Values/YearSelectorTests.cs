using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Tests.Values;

public class YearSelectorTests
{
    private static readonly IReadOnlyList<ContractYear> Years = new ContractCalendar(new YearMonth(2014, 4), 60, 4).Years;

    [Fact]
    public void All_selects_every_year()
    {
        Assert.Null(YearSelector.All.Numbers);
        Assert.All(Years, year => Assert.True(YearSelector.All.Includes(year)));
    }

    [Fact]
    public void Only_selects_the_years_named_by_number()
    {
        var selector = YearSelector.Only([3, 1, 3]);

        Assert.Equal([1, 3], selector.Numbers!);
        Assert.Equal([true, false, true, false, false], Years.Select(selector.Includes));
    }

    [Fact]
    public void An_empty_selection_selects_nothing()
    {
        var selector = YearSelector.Only([]);

        Assert.All(Years, year => Assert.False(selector.Includes(year)));
        Assert.NotEqual(YearSelector.All, selector);
    }

    [Fact]
    public void Selectors_are_equal_when_they_select_the_same_numbers_in_any_order()
    {
        Assert.Equal(YearSelector.Only([1, 3]), YearSelector.Only([3, 1, 1]));
        Assert.True(YearSelector.Only([1, 3]) == YearSelector.Only([3, 1]));
        Assert.Equal(YearSelector.Only([1, 3]).GetHashCode(), YearSelector.Only([3, 1]).GetHashCode());
        Assert.Equal(YearSelector.All, YearSelector.All);
        Assert.NotEqual(YearSelector.Only([1, 2]), YearSelector.Only([1, 3]));
        Assert.False(YearSelector.All.Equals(null));
    }

    [Fact]
    public void All_differs_from_naming_every_year_because_it_also_covers_years_added_later()
    {
        Assert.NotEqual(YearSelector.All, YearSelector.Only([1, 2, 3, 4, 5]));
        Assert.NotEqual(YearSelector.Only([1, 2, 3, 4, 5]), YearSelector.All);
    }
}
