using CareLedger.Specs.Diagnostics;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// Malformed CSV tables: each problem reported at its row (the header is row 1) and column (cells counted from 1),
/// with a message that names the column.
/// </summary>
public sealed class MalformedCsvActualsTests
{
    private const string ActivityHeader = "period,provider,service_line,planned,actual,unit_price\n";

    [Fact]
    public void A_header_that_fits_no_section_lists_the_sections_and_suggests_columns()
    {
        var error = Only("periode,provder,line,plan,actual\n2016/17-M01,acute,urgent-care,10,12\n", DiagnosticCodes.UnknownCsvHeader, 1, 1, "The header matches no actuals table", CsvFile);

        Assert.Contains("'periode' is not a column (did you mean 'period'?)", error.Message, StringComparison.Ordinal);
        Assert.Contains("activity (period, provider, service_line, planned, actual, unit_price, planned_cost, actual_cost)", error.Message, StringComparison.Ordinal);
        Assert.Contains("suspensions (year, item, reason, decided)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_fits_two_sections_is_not_guessed() =>
        Only("year,heads,reason,item\n", DiagnosticCodes.UnknownCsvHeader, 1, 1, "fits more than one actuals table (population and suspensions)", CsvFile);

    [Fact]
    public void An_unknown_column_is_reported_at_its_header_cell_with_a_suggestion() =>
        Only("period,provider,service_line,planned,actual,unit_prise\n2016/17-M01,acute,urgent-care,10,12,150\n", DiagnosticCodes.UnknownKey, 1, 6, "activity header: unknown column 'unit_prise'; did you mean 'unit_price'?", CsvFile);

    [Fact]
    public void A_missing_required_column_is_reported_once_at_the_header() =>
        Only("heads,evidence\n201500,ONS\n203900,ONS\n", DiagnosticCodes.MissingRequired, 1, 1, "population header: the table has no 'year' column", CsvFile);

    [Fact]
    public void A_column_named_twice_is_a_duplicate() =>
        Only("year,heads,heads\n2016/17,201500,201600\n", DiagnosticCodes.Duplicate, 1, 3, "column 'heads' is named twice (first in column 2)", CsvFile);

    [Fact]
    public void An_empty_required_cell_is_reported_at_its_cell() =>
        Only(ActivityHeader + "2016/17-M01,,urgent-care,10,12,\n", DiagnosticCodes.MissingRequired, 2, 2, "activity row 2, column 'provider': the cell is empty", CsvFile);

    [Fact]
    public void An_unquoted_comma_in_an_amount_makes_a_row_too_wide() =>
        Only(ActivityHeader + "2016/17-M01,acute,elective,10,12,£1,450.00\n", DiagnosticCodes.YamlSyntax, 2, 7, "CSV row 2 has 7 cells but the header names 6 columns", CsvFile);

    [Fact]
    public void A_row_shifted_by_an_unquoted_comma_is_caught_even_when_its_extra_cell_is_empty() =>
        Only(
            "period,provider,service_line,planned,actual,unit_price,planned_cost,actual_cost\n2016/17-M01,acute,elective,10,12,£1,450.00,,\n",
            DiagnosticCodes.YamlSyntax,
            2,
            9,
            "so its cells may be in the wrong columns",
            CsvFile);

    [Fact]
    public void An_unclosed_quote_is_a_syntax_error_where_it_opened() =>
        Only("period,indicator,result,evidence\n2016/17,care-plan,achieved,Minutes\n2017/18,care-plan,achieved,\"Minutes, 14 March\n", DiagnosticCodes.YamlSyntax, 3, 4, "CSV syntax error: a quoted cell is never closed", CsvFile);

    [Fact]
    public void A_formula_in_a_number_column_is_not_a_number() =>
        Only(ActivityHeader + "2016/17-M01,acute,urgent-care,10,=10+2,\n", DiagnosticCodes.WrongType, 2, 5, "activity row 2, column 'actual': '=10+2' is not a number", CsvFile);

    [Fact]
    public void A_bad_amount_is_reported_at_its_row_and_column() =>
        Only(ActivityHeader + "2016/17-M01,acute,elective,10,12,1450.00\n2016/17-M02,acute,elective,10,12,\"£1,45.00\"\n", DiagnosticCodes.BadAmount, 3, 6, "activity row 3, column 'unit_price': '£1,45.00' has commas that do not group thousands", CsvFile);

    [Fact]
    public void A_period_outside_the_term_is_reported_at_its_row() =>
        Only(ActivityHeader + "2016/17-M01,acute,urgent-care,10,12,\n2018/19-M12,acute,urgent-care,10,12,\n2019/20-M01,acute,urgent-care,10,12,\n", DiagnosticCodes.BadPeriod, 4, 1, "activity row 4, column 'period': '2019/20' is outside the contract term", CsvFile);

    [Fact]
    public void A_negative_unit_count_is_reported_at_its_cell() =>
        Only("actual,planned,service_line,provider,period\n-3,10,urgent-care,acute,2016/17-M01\n", DiagnosticCodes.NegativeActual, 2, 1, "activity row 2, column 'actual': -3 is negative", CsvFile);

    [Fact]
    public void A_conditional_column_the_table_lacks_is_reported_at_each_row_that_needs_it() =>
        Only("period,provider,service_line,planned,actual\n2016/17-M01,acute,elective,10,12\n", DiagnosticCodes.MissingRequired, 2, 1, "activity row 2: 'unit_price' is required", CsvFile);

    [Fact]
    public void Two_rows_for_the_same_thing_are_duplicates_citing_the_first() =>
        Only("year,heads\n2016/17,201500\n2016/17,201600\n", DiagnosticCodes.Duplicate, 3, 1, "population row 3: a second population count for 2016/17; the first is at table.csv:2:1 (population row 2)", CsvFile);

    [Fact]
    public void An_undefined_indicator_is_reported_at_its_cell() =>
        Only("period,indicator,result,evidence\n2016/17,care-plans,achieved,Minutes\n", DiagnosticCodes.UndefinedReference, 2, 2, "indicators row 2, column 'indicator': 'care-plans' is not an indicator of this contract; did you mean 'care-plan'?", CsvFile);

    [Fact]
    public void A_milestone_given_a_value_in_a_table_has_the_wrong_shape() =>
        Only("period,indicator,result,value,evidence\n2016/17,care-plan,,1,Minutes\n", DiagnosticCodes.WrongResultShape, 2, 4, "indicators row 2, column 'value': 'care-plan' is a milestone", CsvFile);

    [Fact]
    public void A_decision_date_not_written_as_an_iso_date_is_reported_at_its_cell() =>
        Only("year,item,reason,decided\n2017/18,all,Flu,15/01/2018\n", DiagnosticCodes.BadPeriod, 2, 4, "suspensions row 2, column 'decided': '15/01/2018' is not a date; write it as YYYY-MM-DD, e.g. 2018-01-15.", CsvFile);

    [Fact]
    public void A_decision_date_that_is_not_in_the_calendar_is_not_a_date() =>
        Only("year,item,reason,decided\n2017/18,all,Flu,2018-02-30\n", DiagnosticCodes.BadPeriod, 2, 4, "'2018-02-30' is not a date", CsvFile);

    [Fact]
    public void An_empty_file_says_a_table_starts_with_a_header() =>
        Only(string.Empty, DiagnosticCodes.MissingRequired, 1, 1, "a CSV actuals table starts with a header row", CsvFile);

    [Fact]
    public void A_diagnostic_prints_file_row_and_column_like_a_compiler()
    {
        var error = Only(ActivityHeader + "2016/17-M01,acute,urgent-care,10,-3,\n", DiagnosticCodes.NegativeActual, 2, 5, "-3 is negative", CsvFile);

        Assert.Equal("table.csv:2:5: error CL806: activity row 2, column 'actual': -3 is negative; actual activity cannot be less than zero.", error.ToString());
    }
}
