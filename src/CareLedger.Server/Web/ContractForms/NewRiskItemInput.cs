namespace CareLedger.Server.Web.ContractForms;

/// <summary>The form that adds a risk/reward item; participants one per line as <c>party share</c> (<c>nuh 40%</c>).</summary>
public sealed class NewRiskItemInput : IEditInput
{
    public long BasedOn { get; set; }

    public string? Note { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Measure { get; set; }

    public string? ServiceLines { get; set; }

    public string? Providers { get; set; }

    public string? Participants { get; set; }
}
