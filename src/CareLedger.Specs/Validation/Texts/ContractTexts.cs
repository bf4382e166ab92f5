using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;

namespace CareLedger.Specs.Validation.Texts;

/// <summary>
/// Every name and text a contract holds, from any source, for the rule that checks what they may hold. A contract
/// type that gains a name or a text adds it here, and every door into the product then checks it the same way.
/// </summary>
internal static class ContractTexts
{
    private const PrintableText.Kind Line = PrintableText.Kind.Line;
    private const PrintableText.Kind Paragraph = PrintableText.Kind.Paragraph;

    public static IEnumerable<WrittenText> Of(Contract contract)
    {
        yield return Name(contract, "the contract", contract.Name);
        foreach (var extension in contract.Term.Extensions)
        {
            yield return Optional(extension, "note", "a term extension", "note", extension.Note, Paragraph);
        }

        foreach (var party in contract.Parties)
        {
            yield return Name(party, "party " + Wording.Quoted(party.Id.Value), party.Name);
            yield return Optional(party, "kind", "party " + Wording.Quoted(party.Id.Value), "kind", party.Kind, Line);
        }

        if (contract.Population is { } population)
        {
            yield return Optional(population, "description", "the population", "description", population.Description, Paragraph);
            foreach (var cohort in population.Cohorts)
            {
                yield return Name(cohort, "cohort " + Wording.Quoted(cohort.Id.Value), cohort.Name);
                yield return Optional(cohort, "description", "cohort " + Wording.Quoted(cohort.Id.Value), "description", cohort.Description, Paragraph);
            }
        }

        foreach (var line in contract.ServiceLines)
        {
            yield return Name(line, "service line " + Wording.Quoted(line.Id.Value), line.Name);
            yield return Optional(line, "note", "service line " + Wording.Quoted(line.Id.Value), "note", line.Note, Paragraph);
        }

        foreach (var exclusion in contract.Exclusions)
        {
            yield return new WrittenText(exclusion, "description", "an exclusion", "description", exclusion.Description, Paragraph, Required: true);
        }

        foreach (var slice in contract.TopSlices)
        {
            yield return Name(slice, "top slice " + Wording.Quoted(slice.Id.Value), slice.Name);
        }

        yield return Optional(contract.Baseline, "description", "the baseline", "description", contract.Baseline.Description, Paragraph);
        foreach (var cell in contract.Baseline.Cells)
        {
            yield return Optional(cell, "note", $"the baseline cell for '{cell.ServiceLine}' and '{cell.Provider}'", "note", cell.Note, Paragraph);
        }

        foreach (var adjustment in contract.Adjustments)
        {
            // Optional: the reader names an adjustment after its kind when no name is written.
            yield return Optional(adjustment, "name", "an adjustment", "name", adjustment.Name, Line);
        }

        foreach (var mechanism in contract.Payment.Variable?.Mechanisms ?? [])
        {
            yield return Name(mechanism, "variable mechanism " + Wording.Quoted(mechanism.Id.Value), mechanism.Name);
        }

        foreach (var text in contract.Frameworks.SelectMany(Framework))
        {
            yield return text;
        }

        foreach (var item in contract.RiskReward.Items)
        {
            yield return Name(item, "risk/reward item " + Wording.Quoted(item.Id.Value), item.Name);
            yield return Optional(item, "description", "risk/reward item " + Wording.Quoted(item.Id.Value), "description", item.Description, Paragraph);
        }

        if (contract.RiskReward.Suspension is { } clause)
        {
            yield return new WrittenText(clause, "definition", "the suspension clause", "definition", clause.Definition, Paragraph, Required: true);
        }

        foreach (var terms in contract.SharedSavings)
        {
            yield return Name(terms, "shared-savings terms " + Wording.Quoted(terms.Id.Value), terms.Name);
        }

        foreach (var corridor in contract.Corridors)
        {
            yield return Name(corridor, "risk corridor " + Wording.Quoted(corridor.Id.Value), corridor.Name);
        }
    }

    private static IEnumerable<WrittenText> Framework(OutcomesFramework framework)
    {
        yield return Name(framework, "framework " + Wording.Quoted(framework.Id.Value), framework.Name);
        foreach (var outcome in framework.Outcomes)
        {
            yield return Name(outcome, "outcome " + Wording.Quoted(outcome.Id.Value), outcome.Name);
            foreach (var indicator in outcome.Indicators)
            {
                yield return Name(indicator, "indicator " + Wording.Quoted(indicator.Id.Value), indicator.Name);
                if (indicator.Measure is MetricMeasure metric)
                {
                    yield return Optional(indicator, "unit", "indicator " + Wording.Quoted(indicator.Id.Value), "unit", metric.Unit, Line);
                }
            }
        }
    }

    private static WrittenText Name(object node, string owner, string name) => new(node, "name", owner, "name", name, Line, Required: true);

    private static WrittenText Optional(object node, string key, string owner, string what, string? text, PrintableText.Kind kind) =>
        new(node, key, owner, what, text ?? string.Empty, kind, Required: false);
}
