using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Templates;

namespace CareLedger.Application.Templates;

/// <summary>The ready-made contracts, one per reference site, each with a year of example actuals.</summary>
public sealed class TemplateService
{
    public IReadOnlyList<ContractTemplate> All => TemplateCatalog.All;

    /// <summary>The template called <paramref name="name"/>, or a problem naming the nearest one and listing them all.</summary>
    public ServiceResult<ContractTemplate> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TemplateCatalog.Find(name) is { } template)
        {
            return ServiceResult<ContractTemplate>.Success(template);
        }

        var names = TemplateCatalog.All.Select(candidate => candidate.Name).ToArray();
        var didYouMean = NameSuggester.Suggest(name, names) is { } nearest ? $" Did you mean '{nearest}'?" : string.Empty;
        return ServiceResult<ContractTemplate>.Rejected(new RequestProblem(
            "template",
            $"there is no template called '{name}'.{didYouMean} The templates are: {string.Join(", ", names)}."));
    }

    /// <summary>The template's contract (<c>NAME.yaml</c>) or, with <paramref name="actuals"/>, its example actuals (<c>NAME.actuals.yaml</c>).</summary>
    public ServiceResult<SourceText> Render(string name, bool actuals = false)
    {
        var found = Find(name);
        if (found.Value is not { } template)
        {
            return found.FailedAs<SourceText>();
        }

        return ServiceResult<SourceText>.Success(actuals
            ? new SourceText(template.Name + ".actuals.yaml", template.ActualsYaml)
            : new SourceText(template.Name + ".yaml", template.Yaml));
    }

    /// <summary>The template's scenario (<c>NAME.scenario.yaml</c>), or null for a template that has none.</summary>
    public SourceText? Scenario(ContractTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.ScenarioYaml is { } yaml ? new SourceText(template.Name + ".scenario.yaml", yaml) : null;
    }

    /// <summary>
    /// The template's example actuals as CSV tables (docs/actuals-spec.md): one per section, named <c>SECTION.csv</c>,
    /// holding the same records as <c>NAME.actuals.yaml</c>, so that either form settles to the same statements.
    /// </summary>
    public ServiceResult<IReadOnlyList<SourceText>> RenderActualsTables(string name)
    {
        var found = Find(name);
        if (found.Value is not { } template)
        {
            return found.FailedAs<IReadOnlyList<SourceText>>();
        }

        return ServiceResult<IReadOnlyList<SourceText>>.Success(ActualsTables.From(template.ActualsYaml));
    }

    /// <summary>
    /// The template's example actuals as an Excel workbook (docs/actuals-spec.md, "XLSX"): one sheet per section,
    /// holding the same records as the CSV tables, named <c>NAME.actuals.xlsx</c>.
    /// </summary>
    public ServiceResult<byte[]> RenderActualsWorkbook(string name)
    {
        var found = Find(name);
        if (found.Value is not { } template)
        {
            return found.FailedAs<byte[]>();
        }

        return ServiceResult<byte[]>.Success(Actuals.Xlsx.XlsxActualsWriter.Write(ActualsTables.Sections(template.ActualsYaml)));
    }
}
