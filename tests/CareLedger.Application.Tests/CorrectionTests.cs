using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>
/// A correction of a closed period is paid once, in the later open period it is recorded for: in that month and its
/// quarter, and at the year end only when recorded for the year itself.
/// </summary>
public sealed class CorrectionTests
{
    private const string Name = "mid-notts-alliance";

    [Fact]
    public void A_correction_recorded_for_a_month_is_paid_in_that_month_and_its_quarter_and_not_again_at_year_end()
    {
        var contract = TemplateCases.Contract(Name);
        var calendar = contract.Term.Calendar;
        Assert.True(calendar.TryParse("2016/17-M05", out var month, out _));
        var correction = new Correction(month!, Id<Domain.Parties.Party>.Of("mansfield-ashfield-ccg"), Id<Domain.Parties.Party>.Of("sherwood-forest"), Money.Gbp(1_234.56m), "2015/16 elective activity under-counted", "2015/16");
        var actuals = TemplateCases.Actuals(Name) with { Corrections = [correction] };
        var without = TemplateCases.Actuals(Name);

        decimal Difference(string period, string party)
        {
            var service = new Settlement.SettlementService();
            var with = service.Settle(contract, actuals, period).Value!;
            var before = service.Settle(contract, without, period).Value!;
            return with.Statements.Single(s => s.Party.Id.Value == party).Total.Amount - before.Statements.Single(s => s.Party.Id.Value == party).Total.Amount;
        }

        Assert.Equal(1_234.56m, Difference("2016/17-M05", "sherwood-forest"));
        Assert.Equal(-1_234.56m, Difference("2016/17-M05", "mansfield-ashfield-ccg"));
        Assert.Equal(1_234.56m, Difference("2016/17-Q2", "sherwood-forest"));
        Assert.Equal(0m, Difference("2016/17-M04", "sherwood-forest"));
        // The year counts it as entitlement and deducts it as paid on account: nothing more at year end.
        Assert.Equal(0m, Difference("2016/17", "sherwood-forest"));

        var line = new Settlement.SettlementService().Settle(contract, actuals, "2016/17-M05").Value!
            .Statements.Single(s => s.Party.Id.Value == "sherwood-forest").Lines.Single(l => l.Element == StatementElement.Adjustment);
        Assert.Equal("Correction of 2015/16 recorded for 2016/17-M05: 2015/16 elective activity under-counted", line.Reason);
        Assert.Equal("adjustment:correction", line.Explanation.Rule);
    }

    [Fact]
    public void A_correction_recorded_for_a_year_is_paid_at_that_year_end_and_every_statement_still_sums_to_zero()
    {
        var contract = TemplateCases.Contract(Name);
        Assert.True(contract.Term.Calendar.TryParse("2016/17", out var year, out _));
        var correction = new Correction(year!, Id<Domain.Parties.Party>.Of("sherwood-forest"), Id<Domain.Parties.Party>.Of("newark-sherwood-ccg"), Money.Gbp(500.00m), "Overpaid outcome payment returned");
        var actuals = TemplateCases.Actuals(Name) with { Corrections = [correction] };

        var settled = new Settlement.SettlementService().Settle(contract, actuals, "2016/17").Value!;
        var baseline = new Settlement.SettlementService().Settle(contract, TemplateCases.Actuals(Name), "2016/17").Value!;

        Assert.Equal(0m, settled.Statements.Sum(statement => statement.Total.Amount));
        Assert.Equal(-500.00m, settled.StatementFor(Id<Domain.Parties.Party>.Of("sherwood-forest")).Total.Amount - baseline.StatementFor(Id<Domain.Parties.Party>.Of("sherwood-forest")).Total.Amount);
        Assert.True(settled.AllChecksPassed);
    }
}
