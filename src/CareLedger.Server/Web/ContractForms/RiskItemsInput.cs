namespace CareLedger.Server.Web.ContractForms;

/// <summary>
/// The risk/reward items form: keys are item ids, values their names; per row whether it is included and the
/// gateway's three answers (<c>yes</c>, <c>no</c>, or empty for "not answered").
/// </summary>
public sealed class RiskItemsInput : ListInput
{
    public List<string?> Include { get; set; } = [];

    public List<string?> Material { get; set; } = [];

    public List<string?> Collective { get; set; } = [];

    public List<string?> Agreed { get; set; } = [];

    /// <summary>"yes" is true, "no" false, anything else not answered.</summary>
    public static bool? Answer(string? text) => text switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };
}
