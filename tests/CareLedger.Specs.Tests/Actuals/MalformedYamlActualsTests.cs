using CareLedger.Specs.Diagnostics;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// Malformed YAML actuals: each file has one problem, reported with its code at the exact line and column and
/// nothing loaded. Records start on line 4, after the version, the contract id and the section key.
/// </summary>
public sealed class MalformedYamlActualsTests
{
    private const string Urgent = "provider: acute, service_line: urgent-care";

    [Fact]
    public void Unclosed_flow_mapping_is_a_syntax_error_at_its_opening_brace() =>
        Only(Header + "activity:\n  - { period: 2016/17-M01, provider: acute\n", DiagnosticCodes.YamlSyntax, 4, 5, "the '{' that opens a mapping here is never closed");

    [Fact]
    public void Misspelt_key_is_unknown_with_a_suggestion() =>
        Only(Header + $"activity:\n  - {{ period: 2016/17-M01, {Urgent}, planned: 10, actual: 12, unit_prise: 150 }}\n", DiagnosticCodes.UnknownKey, 4, 97, "did you mean 'unit_price'?");

    [Fact]
    public void Unknown_section_is_an_unknown_key_with_a_suggestion() =>
        Only(Header + "indicator:\n  - { period: 2016/17, indicator: care-plan, result: achieved, evidence: Minutes }\n", DiagnosticCodes.UnknownKey, 3, 1, "did you mean 'indicators'?");

    [Fact]
    public void Missing_evidence_is_reported_at_the_record() =>
        Only(Header + "indicators:\n  - { period: 2016/17, indicator: care-plan, result: achieved }\n", DiagnosticCodes.MissingRequired, 4, 5, "'evidence' is required in indicators[0]");

    [Fact]
    public void A_section_that_is_not_a_list_is_the_wrong_type() =>
        Only(Header + "activity: { period: 2016/17-M01 }\n", DiagnosticCodes.WrongType, 3, 11, "activity: expected a list");

    [Fact]
    public void A_quality_score_without_a_percent_sign_is_a_unit_error() =>
        Only(Header + "shared_savings:\n  - { year: 2016/17, terms: mssp-track, expenditure: £61m, member_months: 125000, quality_score: 92.5 }\n", DiagnosticCodes.WrongUnit, 4, 98, "needs a unit: write 92.5%");

    [Fact]
    public void An_amount_with_fractions_of_a_penny_is_a_bad_amount() =>
        Only(Header + "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: elective, planned: 10, actual: 12, unit_price: 12.345 }\n", DiagnosticCodes.BadAmount, 4, 106, "more than 2 decimal places");

    [Fact]
    public void A_name_where_an_id_belongs_is_a_bad_id_with_the_slug_suggested() =>
        Only(Header + "activity:\n  - { period: 2016/17-M01, provider: Sherwood Forest, service_line: urgent-care, planned: 10, actual: 12 }\n", DiagnosticCodes.BadId, 4, 38, "such as 'sherwood-forest'");

    [Fact]
    public void A_period_after_the_term_is_a_bad_period() =>
        Only(Header + $"activity:\n  - {{ period: 2019/20-M01, {Urgent}, planned: 10, actual: 12 }}\n", DiagnosticCodes.BadPeriod, 4, 15, "'2019/20' is outside the contract term (2016/17 to 2018/19)");

    [Fact]
    public void A_year_label_in_the_wrong_form_says_how_the_contract_writes_it() =>
        Only(Header + "population:\n  - { year: 2016, heads: 201500 }\n", DiagnosticCodes.BadPeriod, 4, 13, "its years start in April, so write '2016/17'");

    [Fact]
    public void A_month_is_not_a_period_an_indicator_result_can_be_for() =>
        Only(Header + "indicators:\n  - { period: 2016/17-M03, indicator: admissions-rate, value: 13.1, evidence: SUS }\n", DiagnosticCodes.BadPeriod, 4, 15, "is a month; an indicator result is for a year (2016/17) or a quarter (2016/17-Q1)");

    [Fact]
    public void A_date_not_written_as_an_iso_date_is_a_bad_period() =>
        Only(Header + "suspensions:\n  - { year: 2016/17, item: all, reason: Flu, decided: 15/01/2018 }\n", DiagnosticCodes.BadPeriod, 4, 55, "write it as YYYY-MM-DD");

    [Fact]
    public void An_unknown_milestone_result_is_a_bad_choice_with_the_words_allowed() =>
        Only(Header + "indicators:\n  - { period: 2016/17, indicator: care-plan, result: done, evidence: Minutes }\n", DiagnosticCodes.BadChoice, 4, 54, "Use one of: achieved, partly, not-achieved");

    [Fact]
    public void Two_activity_rows_for_the_same_period_provider_and_line_are_duplicates() =>
        Only(Header + $"activity:\n  - {{ period: 2016/17-M01, {Urgent}, planned: 10, actual: 12 }}\n  - {{ period: 2016/17-M01, {Urgent}, planned: 10, actual: 14 }}\n", DiagnosticCodes.Duplicate, 5, 5, "a second row for acute, urgent-care in 2016/17-M01; the first is at actuals.yaml:4:5 (activity[0])");

    [Fact]
    public void A_month_and_the_quarter_containing_it_overlap() =>
        Only(Header + $"activity:\n  - {{ period: 2016/17-M02, {Urgent}, planned: 10, actual: 12 }}\n  - {{ period: 2016/17-Q1, {Urgent}, planned: 30, actual: 31 }}\n", DiagnosticCodes.Duplicate, 5, 5, "2016/17-Q1 for acute, urgent-care overlaps 2016/17-M02");

    [Fact]
    public void Two_results_for_the_same_indicator_and_period_are_duplicates() =>
        Only(Header + "indicators:\n  - { period: 2016/17, indicator: care-plan, result: achieved, evidence: A }\n  - { period: 2016/17, indicator: care-plan, result: partly, evidence: B }\n", DiagnosticCodes.Duplicate, 5, 5, "a second result for indicator 'care-plan' in 2016/17");

    [Fact]
    public void A_repeated_key_in_a_record_is_a_duplicate() =>
        Only(Header + $"activity:\n  - {{ period: 2016/17-M01, {Urgent}, planned: 10, actual: 12, actual: 13 }}\n", DiagnosticCodes.Duplicate, 4, 97, "Duplicate key 'actual'");

    [Fact]
    public void Another_format_version_is_unsupported() =>
        Only("careledger_actuals: 2\ncontract: riverside\n", DiagnosticCodes.UnsupportedVersion, 1, 21, "format version '2' is not supported");

    [Fact]
    public void Actuals_for_another_contract_are_rejected() =>
        Only("careledger_actuals: 1\ncontract: bedfordshire-msk\n", DiagnosticCodes.WrongContract, 2, 11, "these actuals are for contract 'bedfordshire-msk', but they are being checked against 'riverside'");

    [Fact]
    public void A_missing_contract_id_is_required() =>
        Only("careledger_actuals: 1\npopulation: []\n", DiagnosticCodes.MissingRequired, 1, 1, "'contract' is required at the top level");

    [Fact]
    public void An_undefined_provider_suggests_the_nearest_party() =>
        Only(Header + "activity:\n  - { period: 2016/17-M01, provider: acuet, service_line: urgent-care, planned: 10, actual: 12 }\n", DiagnosticCodes.UndefinedReference, 4, 38, "'acuet' is not a party of this contract; did you mean 'acute'?");

    [Fact]
    public void A_commissioner_is_not_a_provider_of_activity() =>
        Only(Header + "activity:\n  - { period: 2016/17-M01, provider: ccg, service_line: urgent-care, planned: 10, actual: 12 }\n", DiagnosticCodes.UndefinedReference, 4, 38, "'ccg' is a commissioner, not a provider");

    [Fact]
    public void An_out_of_scope_service_line_has_no_actuals() =>
        Only(Header + "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: primary-care, planned: 10, actual: 12 }\n", DiagnosticCodes.UndefinedReference, 4, 59, "service line 'primary-care' is out of scope");

    [Fact]
    public void A_sub_contractor_s_cost_belongs_to_its_prime() =>
        Only(Header + "provider_costs:\n  - { year: 2016/17, party: clinic, actual_cost: £2m }\n", DiagnosticCodes.UndefinedReference, 4, 29, "'clinic' is a sub-contractor paid through 'hub'");

    [Fact]
    public void A_suspension_of_an_undefined_item_suggests_the_nearest() =>
        Only(Header + "suspensions:\n  - { year: 2016/17, item: drugz, reason: Flu }\n", DiagnosticCodes.UndefinedReference, 4, 28, "did you mean 'drugs'?");

    [Fact]
    public void A_milestone_given_a_value_has_the_wrong_shape() =>
        Only(Header + "indicators:\n  - { period: 2016/17, indicator: care-plan, value: 1, evidence: Minutes }\n", DiagnosticCodes.WrongResultShape, 4, 53, "'care-plan' is a milestone, so it takes a result");

    [Fact]
    public void A_metric_given_a_result_has_the_wrong_shape() =>
        Only(Header + "indicators:\n  - { period: 2016/17, indicator: admissions-rate, result: achieved, evidence: SUS }\n", DiagnosticCodes.WrongResultShape, 4, 60, "'admissions-rate' is a metric (measured in per 1000), so it takes the measured value");

    [Fact]
    public void A_metric_without_a_value_needs_one() =>
        Only(Header + "indicators:\n  - { period: 2016/17, indicator: admissions-rate, evidence: SUS }\n", DiagnosticCodes.MissingRequired, 4, 5, "'value' is required: 'admissions-rate' is a metric");

    [Fact]
    public void A_suspension_without_a_suspension_clause_is_not_valid() =>
        Only(Header + "suspensions:\n  - { year: 2016/17, item: drugs, reason: Shortage }\n", DiagnosticCodes.NoSuspensionClause, 4, 5, "the contract has no suspension clause", contract: ActualsContracts.RiversideWithoutSuspension);

    [Fact]
    public void Suspending_one_item_under_a_whole_share_clause_is_not_valid() =>
        Only(Header + "suspensions:\n  - { year: 2016/17, item: drugs, reason: Shortage }\n", DiagnosticCodes.NoSuspensionClause, 4, 28, "write item: all", contract: ActualsContracts.RiversideWholeShareSuspension);

    [Fact]
    public void Negative_activity_is_reported_at_the_value() =>
        Only(Header + $"activity:\n  - {{ period: 2016/17-M01, {Urgent}, planned: 10, actual: -3 }}\n", DiagnosticCodes.NegativeActual, 4, 93, "activity[0].actual: -3 is negative; actual activity cannot be less than zero");

    [Fact]
    public void A_negative_amount_is_reported_at_the_value() =>
        Only(Header + "risk_reward:\n  - { year: 2016/17, item: drugs, actual: -£2m }\n", DiagnosticCodes.NegativeActual, 4, 43, "-2000000.00 is negative; actual spend cannot be less than zero");

    [Fact]
    public void No_heads_is_not_a_population() =>
        Only(Header + "population:\n  - { year: 2016/17, heads: 0 }\n", DiagnosticCodes.NegativeActual, 4, 29, "0 is not a population");

    [Fact]
    public void Activity_priced_from_the_actuals_needs_a_unit_price() =>
        Only(Header + "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: elective, planned: 10, actual: 12 }\n", DiagnosticCodes.MissingRequired, 4, 5, "'unit_price' is required: the variable mechanism 'elective-volume' (Elective volume) has no unit price");

    [Fact]
    public void Spend_on_an_item_without_a_plan_in_the_contract_needs_planned() =>
        Only(Header + "risk_reward:\n  - { year: 2016/17, item: acute-overspend, actual: £41m }\n", DiagnosticCodes.MissingRequired, 4, 5, "'planned' is required: the contract states no plan for 'acute-overspend'");

    [Fact]
    public void A_per_member_benchmark_needs_member_months() =>
        Only(Header + "shared_savings:\n  - { year: 2016/17, terms: mssp-track, expenditure: £61m, quality_score: 100% }\n", DiagnosticCodes.MissingRequired, 4, 5, "'member_months' is required");

    [Fact]
    public void Quality_adjusted_terms_need_a_quality_score() =>
        Only(Header + "shared_savings:\n  - { year: 2016/17, terms: mssp-track, expenditure: £61m, member_months: 125000 }\n", DiagnosticCodes.MissingRequired, 4, 5, "'quality_score' is required");

    [Fact]
    public void A_benchmark_the_terms_already_state_does_not_apply() =>
        Only(Header + "shared_savings:\n  - { year: 2017/18, terms: amount-track, expenditure: £58m, benchmark: £60m }\n", DiagnosticCodes.UnknownKey, 4, 73, "does not apply: the terms 'amount-track' state the benchmark");

    [Fact]
    public void Expenditure_for_a_year_the_terms_do_not_cover_is_a_bad_period() =>
        Only(Header + "shared_savings:\n  - { year: 2016/17, terms: amount-track, expenditure: £58m }\n", DiagnosticCodes.BadPeriod, 4, 13, "'amount-track' do not apply in 2016/17");

    [Fact]
    public void An_empty_file_says_what_an_actuals_file_needs() =>
        Only("# nothing yet\n\n", DiagnosticCodes.MissingRequired, 1, 1, "careledger_actuals: 1 and contract: riverside");

    [Fact]
    public void A_list_at_the_top_level_is_the_wrong_type() =>
        Only("- activity\n- indicators\n", DiagnosticCodes.WrongType, 1, 1, "An actuals file is a mapping of sections");
}
