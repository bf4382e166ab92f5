using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Actuals.Checking;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>Activity kept compactly comes back exactly as it was checked: every field, every decimal to its scale, every source.</summary>
public sealed class ActivityStoreTests
{
    private static readonly ContractCalendar Calendar = ActualsContracts.Riverside.Term.Calendar;

    public static TheoryData<string, decimal, decimal, decimal?, SourceRef?> Rows => new()
    {
        { "2016/17-M01", 1850m, 1902m, null, new SourceRef("table.csv", "activity row 2", 2, 1) },
        { "2016/17-Q1", 12.0m, 1.50m, 1450.00m, new SourceRef("actuals.yaml", "activity[3]", 9, 5) },
        { "2016/17", new decimal(0, 0, 0, isNegative: true, scale: 0), 0m, null, null },
        { "2016/17-M02", 79_228_162_514_264_337_593_543_950_335m, 7m, 0.01m, new SourceRef("table.csv", "activity row 07", 7, 1) },
        { "2016/17-M03", 5m, 6m, null, new SourceRef("table.csv", "activity row 9", 8, 1) },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_record_read_back_is_the_record_added(string period, decimal planned, decimal actual, decimal? price, SourceRef? source)
    {
        var store = new ActivityStore();
        var other = Record("2016/17-M12", 1m, 2m, null, new SourceRef("other.csv", "activity row 40", 40, 1));
        var record = Record(period, planned, actual, price, source);
        store.Add(other);
        store.Add(record);

        var read = store[1];

        Assert.Equal(record, read);
        Assert.Equal(decimal.GetBits(planned), decimal.GetBits(read.PlannedActivity));
        Assert.Equal(decimal.GetBits(actual), decimal.GetBits(read.ActualActivity));
        Assert.Equal(price?.ToString(System.Globalization.CultureInfo.InvariantCulture), read.UnitPrice?.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(other, store[0]);
        Assert.Equal([other, record], store);
    }

    [Fact]
    public void Records_beyond_one_chunk_keep_their_order()
    {
        var store = new ActivityStore();
        var records = Enumerable.Range(0, 40_000).Select(index => Record("2016/17-M01", index, index + 1, null, new SourceRef("table.csv", $"activity row {index + 2}", index + 2, 1))).ToArray();
        foreach (var record in records)
        {
            store.Add(record);
        }

        Assert.Equal(records.Length, store.Count);
        Assert.Equal(records[20_000], store[20_000]);
        Assert.Equal(records[^1], store[^1]);
    }

    private static ActivityActual Record(string period, decimal planned, decimal actual, decimal? price, SourceRef? source) =>
        new(
            Calendar.TryParse(period, out var parsed, out var error) ? parsed! : throw new InvalidOperationException(error),
            Id<Party>.Of("acute"),
            Id<ServiceLine>.Of("elective"),
            planned,
            actual,
            price is { } amount ? Money.Gbp(amount) : null,
            null,
            null,
            source);
}
