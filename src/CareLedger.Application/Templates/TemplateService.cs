using CareLedger.Specs.Templates;

namespace CareLedger.Application.Templates;

/// <summary>The ready-made contracts, one per reference site, each with a year of example actuals.</summary>
public sealed class TemplateService
{
    public IReadOnlyList<ContractTemplate> All => TemplateCatalog.All;

    /// <summary>The template's contract (<c>NAME.yaml</c>) or, with <paramref name="actuals"/>, its example actuals (<c>NAME.actuals.yaml</c>).</summary>
    public ServiceResult<SourceText> Render(string name, bool actuals = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (TemplateCatalog.Find(name) is not { } template)
        {
            var names = string.Join(", ", TemplateCatalog.All.Select(candidate => candidate.Name));
            return ServiceResult<SourceText>.Rejected(new RequestProblem("template", $"there is no template '{name}'. Templates: {names}."));
        }

        return ServiceResult<SourceText>.Success(actuals
            ? new SourceText(template.Name + ".actuals.yaml", template.ActualsYaml)
            : new SourceText(template.Name + ".yaml", template.Yaml));
    }
}
