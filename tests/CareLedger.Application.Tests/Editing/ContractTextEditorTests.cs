using CareLedger.Application.Contracts;
using CareLedger.Application.Contracts.Editing;

namespace CareLedger.Application.Tests.Editing;

/// <summary>
/// The form edits change only the values they name. Each expected text is the template with exactly that change made
/// by hand (a string splice here), so "the rest is kept byte for byte" is checked on every character, comments and
/// key order included; each result is then validated as an upload would be.
/// </summary>
public sealed class ContractTextEditorTests
{
    private static readonly SourceText Template = TemplateCases.ContractText("mid-notts-alliance");

    [Fact]
    public void Moving_one_percent_between_two_indicators_changes_those_two_weights_and_nothing_else()
    {
        var edited = Apply(new WeightEdit("mid-notts-2016-17", "diabetes-plan", "8%"), new WeightEdit("mid-notts-2016-17", "diabetes-implement", "6%"));

        // The template writes both diabetes indicators at 7%: the first "weight: 7%" after each id is theirs.
        var expected = ReplaceAfter(ReplaceAfter(Template.Text, "- id: diabetes-plan", "weight: 7%", "weight: 8%"), "- id: diabetes-implement", "weight: 7%", "weight: 6%");
        Assert.Equal(expected, edited.Text);
        Assert.False(new ContractService().Check(edited).HasErrors);
    }

    [Fact]
    public void A_baseline_amount_in_a_one_line_mapping_is_replaced_where_it_is_written()
    {
        // baseline.spend[1] is "{ service_line: elective, provider: nuh, amount: £5m, basis: activity-x-tariff }".
        var edited = Apply(new BaselineAmountEdit(1, "£5.5m"));

        Assert.Equal(ReplaceAfter(Template.Text, "{ service_line: elective, provider: nuh,", "amount: £5m,", "amount: £5.5m,"), edited.Text);
        Assert.False(new ContractService().Check(edited).HasErrors);
    }

    [Fact]
    public void A_new_party_goes_after_the_last_party_laid_out_like_it_and_before_the_comments_of_the_next_section()
    {
        var edited = Apply(new NewPartyEdit("gp-federation", "Mid-Notts GP federation", ["provider"], "associate"));

        const string last = "    kind: social care providers (not yet alliance members)";
        const string added = "\n  - id: gp-federation\n    name: Mid-Notts GP federation\n    roles: [provider]\n    membership: associate";
        Assert.Equal(Template.Text.Replace(last, last + added, StringComparison.Ordinal), edited.Text);
        var loaded = new ContractService().Check(edited);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.Contains(loaded.Contract!.Parties, party => party.Id.Value == "gp-federation" && party.Name == "Mid-Notts GP federation");
    }

    [Fact]
    public void A_name_YAML_would_misread_is_quoted_and_reads_back_exactly()
    {
        var edited = Apply(new PartyNameEdit("nems", "NEMS: \"urgent\" care #1"));

        Assert.Equal(ReplaceAfter(Template.Text, "- id: nems", "name: NEMS", "name: \"NEMS: \\\"urgent\\\" care #1\""), edited.Text);
        var loaded = new ContractService().Check(edited);
        Assert.Contains(loaded.Contract!.Parties, party => party.Id.Value == "nems" && party.Name == "NEMS: \"urgent\" care #1");
    }

    [Fact]
    public void Roles_are_written_as_a_one_line_list_in_place_of_the_old_one()
    {
        var edited = Apply(new PartyRolesEdit("notts-county-council", ["local-authority", "commissioner"]));

        Assert.Equal(ReplaceAfter(Template.Text, "- id: notts-county-council", "roles: [local-authority]", "roles: [local-authority, commissioner]"), edited.Text);
    }

    [Fact]
    public void A_one_line_list_holding_brackets_in_quotes_is_replaced_whole_and_its_comment_kept()
    {
        var text = new SourceText("small.yaml", "parties:\n  - id: x\n    roles: ['pro]vi''der', \"a]\\\"\"] # as signed\n    name: X\n");

        var edited = ContractTextEditor.Apply(text, [new PartyRolesEdit("x", ["provider"])]).Value!;

        Assert.Equal("parties:\n  - id: x\n    roles: [provider] # as signed\n    name: X\n", edited.Text);
    }

    [Fact]
    public void Answering_the_gateway_adds_the_missing_answers_under_the_one_written_and_includes_the_item()
    {
        var edited = Apply(new RiskItemEdit("high-cost-drugs-generic-switching", "Savings from switching high-cost drugs to appropriate generics", new GatewayAnswers(true, true, true), Include: true));

        // The item's gateway has only "material: yes" (indented 8); the other two answers are added below it, and
        // "include: false" becomes true. The name, unchanged, is rewritten as the same characters.
        var expected = ReplaceAfter(Template.Text, "- id: high-cost-drugs-generic-switching", "        material: yes", "        material: yes\n        collective_responsibility: yes\n        jointly_agreed: yes");
        expected = ReplaceAfter(expected, "- id: high-cost-drugs-generic-switching", "include: false", "include: true");
        Assert.Equal(expected, edited.Text);
        var loaded = new ContractService().Check(edited);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
    }

    [Fact]
    public void A_new_risk_item_is_appended_out_of_sharing_and_validates()
    {
        var edited = Apply(new NewRiskItemEdit("falls-admissions", "Admissions after falls above plan", "spend-against-plan", ["urgent-care"], ["sherwood-forest"], [new("sherwood-forest", "60%"), new("mansfield-ashfield-ccg", "40%")]));

        const string last = "        enabled: false";
        var at = Template.Text.IndexOf("  suspension:", StringComparison.Ordinal);
        var lastEnd = Template.Text.LastIndexOf(last, at, StringComparison.Ordinal) + last.Length;
        const string added = "\n    - id: falls-admissions\n      name: Admissions after falls above plan\n      measure: spend-against-plan\n      service_lines: [urgent-care]\n"
            + "      providers: [sherwood-forest]\n      include: false\n      participants: [{ party: sherwood-forest, share: 60% }, { party: mansfield-ashfield-ccg, share: 40% }]";
        Assert.Equal(Template.Text.Insert(lastEnd, added), edited.Text);
        var loaded = new ContractService().Check(edited);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
    }

    [Fact]
    public void A_value_the_rules_refuse_comes_back_from_validation_at_the_line_and_column_it_was_written()
    {
        // Pounds have two minor digits: £5.555m is £5,555,000 — fine — but 5555000.555 is not.
        var edited = Apply(new BaselineAmountEdit(1, "5555000.555"));

        var errors = new ContractService().Check(edited).Errors.ToArray();
        var offset = edited.Text.IndexOf("5555000.555", StringComparison.Ordinal);
        var line = edited.Text[..offset].Count(character => character == '\n') + 1;
        var column = offset - edited.Text.LastIndexOf('\n', offset) ;
        var error = Assert.Single(errors);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Line_endings_of_a_windows_file_are_kept_for_added_lines()
    {
        var crlf = Template with { Text = Template.Text.Replace("\n", "\r\n", StringComparison.Ordinal) };

        var edited = ContractTextEditor.Apply(crlf, [new NewPartyEdit("gp-federation", "GP federation", ["provider"], null)]).Value!;

        Assert.DoesNotContain("\n", edited.Text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\r\n  - id: gp-federation\r\n    name: GP federation\r\n    roles: [provider]\r\n", edited.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_of_a_party_the_contract_does_not_have_is_refused_saying_what_to_do()
    {
        var result = ContractTextEditor.Apply(Template, [new PartyNameEdit("no-such-party", "Someone")]);

        Assert.Null(result.Value);
        Assert.Contains("no party 'no-such-party'", result.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("Reload the page", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_changes_to_the_same_value_are_refused_rather_than_garbled()
    {
        var result = ContractTextEditor.Apply(Template, [new WeightEdit("mid-notts-2016-17", "falls", "18%"), new WeightEdit("mid-notts-2016-17", "falls", "16%")]);

        Assert.Null(result.Value);
        Assert.Equal("edit", result.Problem!.Field);
    }

    [Fact]
    public void The_form_values_are_read_as_written()
    {
        var values = EditableContract.Read(Template.Text)!;

        Assert.Equal(12, values.Parties.Count);
        Assert.Equal(new EditableBaselineLine(1, "elective", "nuh", "£5m"), values.Baseline[1]);
        Assert.Equal(17, values.Baseline.Count);
        Assert.Contains(values.Weights, weight => weight is { Id: "eol-action-plan", Weight: "5%", IsIndicator: true });
        var drugs = Assert.Single(values.RiskItems, item => item.Id == "high-cost-drugs-generic-switching");
        Assert.Equal(new GatewayAnswers(true, null, null), drugs.Gateway);
        Assert.False(drugs.Include);
    }

    private static SourceText Apply(params ContractEdit[] edits)
    {
        var result = ContractTextEditor.Apply(Template, edits);
        Assert.True(result.Succeeded, result.Problem?.Message);
        return result.Value!;
    }

    /// <summary>The text with the first <paramref name="old"/> after <paramref name="anchor"/> replaced, once.</summary>
    private static string ReplaceAfter(string text, string anchor, string old, string replacement)
    {
        var from = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{anchor}' is not in the template");
        var at = text.IndexOf(old, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not after '{anchor}'");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
