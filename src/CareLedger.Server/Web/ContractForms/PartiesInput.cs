namespace CareLedger.Server.Web.ContractForms;

/// <summary>The parties form: keys are party ids, values their names, and each row's roles separated by commas.</summary>
public sealed class PartiesInput : ListInput
{
    public List<string?> Roles { get; set; } = [];

    /// <summary>Roles as typed ("provider, commissioner"), as a list.</summary>
    public static IReadOnlyList<string> Split(string? roles) =>
        [.. (roles ?? string.Empty).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
