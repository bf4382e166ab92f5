using CareLedger.Analytics.Capitation;

namespace CareLedger.Analytics.Tests.Capitation;

/// <summary>
/// Altered copies of the real national file: each fault is reported where it is (row, column, value) or, for a broken
/// invariant, as a warning naming the column; none crashes the loader.
/// </summary>
public sealed class BadWeightedPopulationFileTests(NationalWeightedPopulation national) : IClassFixture<NationalWeightedPopulation>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careledger-capitation-").FullName;

    [Fact]
    public void A_missing_column_is_named_in_the_header_row()
    {
        var lines = Lines();
        var column = Array.IndexOf(Cells(lines[0]), "MH WP");
        var altered = lines.Select(line => string.Join(',', Cells(line).Where((_, index) => index != column))).ToArray();

        var load = Load(altered);

        var problem = Assert.Single(load.Problems);
        Assert.Equal((1L, "MH WP"), (problem.Row, problem.Column));
        Assert.Contains("missing", problem.Reason);
        Assert.Null(load.File);
    }

    [Fact]
    public void A_practice_listed_twice_is_reported_at_its_second_line_naming_the_first()
    {
        var lines = Lines();
        var altered = lines.Append(lines[2]).ToArray();

        var load = Load(altered);

        var problem = Assert.Single(load.Problems);
        Assert.Equal((altered.Length, "Practice_Code", Cells(lines[2])[0]), (problem.Row!.Value, problem.Column, problem.Value));
        Assert.Contains("first at row 3", problem.Reason);
        Assert.False(load.Succeeded);
    }

    [Fact]
    public void A_negative_population_and_a_figure_that_is_not_a_number_are_reported_at_their_cells()
    {
        var lines = Lines();
        var header = Cells(lines[0]);
        lines[10] = Replace(lines[10], Array.IndexOf(header, "Population"), "-12.5");
        lines[20] = Replace(lines[20], Array.IndexOf(header, "Prescr WP"), "n/a");

        var load = Load(lines);

        Assert.Equal([(11L, "Population", "-12.5"), (21L, "Prescr WP", "n/a")], load.Problems.Select(problem => (problem.Row!.Value, problem.Column!, problem.Value!)));
        Assert.Contains("negative", load.Problems[0].Reason);
        Assert.Contains("not a number", load.Problems[1].Reason);
        Assert.Null(load.File);
    }

    [Fact]
    public void A_column_that_no_longer_sums_loads_with_a_warning_naming_it()
    {
        var lines = Lines();
        var column = Array.IndexOf(Cells(lines[0]), "G&A WP");
        // One practice's general and acute figure raised by 1,000 heads: that column now sums to 1,000 more than the
        // registered population, and no other column moves.
        var cells = Cells(lines[5]);
        lines[5] = Replace(lines[5], column, (decimal.Parse(cells[column], System.Globalization.CultureInfo.InvariantCulture) + 1000m).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var load = Load(lines);

        Assert.Empty(load.Problems);
        var warning = Assert.Single(load.File!.Warnings);
        Assert.Equal("G&A WP", warning.Column);
        Assert.Contains("a difference of 1,000", warning.Reason);
    }

    [Fact]
    public void Part_of_england_is_loaded_with_a_warning_for_every_column()
    {
        var lines = Lines();

        var load = Load(lines.Take(200).ToArray());

        Assert.Equal(199, load.File!.Practices.Count);
        Assert.Equal(CapitationComponent.All.Select(component => component.Column), load.File.Warnings.Select(warning => warning.Column));
        Assert.All(load.File.Warnings, warning => Assert.Contains("part of England", warning.Reason));
    }

    [Fact]
    public void Short_lines_broken_quotes_and_empty_files_are_problems_not_crashes()
    {
        var lines = Lines();
        lines[3] = "A99999,ONLY THREE CELLS,AB1 2CD";
        lines[4] = "A99998,\"AN UNCLOSED \"QUOTE,AB1 2CD";

        var load = Load(lines);
        var empty = Load([]);

        Assert.Contains(load.Problems, problem => problem.Row == 4 && problem.Reason.Contains("cells but the header has", StringComparison.Ordinal));
        Assert.Contains(load.Problems, problem => problem.Row == 5);
        Assert.Contains("is empty", Assert.Single(empty.Problems).Reason);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string[] Lines() => File.ReadAllLines(national.Path);

    private WeightedPopulationLoad Load(string[] lines)
    {
        var path = Path.Combine(_folder, "altered.csv");
        File.WriteAllLines(path, lines);
        using var reader = File.OpenText(path);
        return new WeightedPopulationLoader().Load(reader, "altered.csv");
    }

    /// <summary>Splits a line of the real file; its quoted names are kept whole so column positions hold.</summary>
    private static string[] Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var character in line)
        {
            if (character == '"')
            {
                quoted = !quoted;
                cell.Append(character);
            }
            else if (character == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(character);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static string Replace(string line, int column, string value)
    {
        var cells = Cells(line);
        cells[column] = value;
        return string.Join(',', cells);
    }
}
