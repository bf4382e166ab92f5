namespace CareLedger.Server.Web.ContractForms;

/// <summary>What every edit form posts besides its values: the version it was made from, and a note for the version list.</summary>
public interface IEditInput
{
    long BasedOn { get; }

    string? Note { get; }
}
