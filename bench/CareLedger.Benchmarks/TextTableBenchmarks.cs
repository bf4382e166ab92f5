using BenchmarkDotNet.Attributes;
using CareLedger.Cli.Output;

namespace CareLedger.Benchmarks;

/// <summary>
/// <see cref="TextTable"/> alone: a table of 10,000 rows, and one cell of a megabyte in a column that wraps at 90
/// characters (as a statement's reason does), unbroken and in words.
/// </summary>
[MemoryDiagnoser]
public class TextTableBenchmarks
{
    private const int Rows = 10_000;
    private const int CellLength = 1_000_000;

    private string _oneWord = null!;
    private string _words = null!;

    [GlobalSetup]
    public void Setup()
    {
        _oneWord = new string('x', CellLength);
        _words = string.Concat(Enumerable.Repeat("integrated care ", CellLength / 16));
    }

    [Benchmark]
    public void Table_of_10000_rows()
    {
        var table = new TextTable(TableColumn.Left("Service line", 40), TableColumn.Right("Opening"), TableColumn.Right("Budget"));
        for (var row = 0; row < Rows; row++)
        {
            table.AddRow($"Service line {row} of a large pathway", "£1,000,000.00", "£1,021,000.00");
        }

        table.Write(TextWriter.Null);
    }

    [Benchmark]
    public void Cell_of_1MB_as_one_word() => OneCell(_oneWord);

    [Benchmark]
    public void Cell_of_1MB_in_words() => OneCell(_words);

    private static void OneCell(string text) =>
        new TextTable(TableColumn.Left("Element"), TableColumn.Left("Reason", 90)).AddRow("risk-share", text).Write(TextWriter.Null);
}
