namespace CareLedger.Server.Web.ContractForms;

/// <summary>The form that adds a party.</summary>
public sealed class NewPartyInput : IEditInput
{
    public long BasedOn { get; set; }

    public string? Note { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Roles { get; set; }

    public string? Membership { get; set; }
}
