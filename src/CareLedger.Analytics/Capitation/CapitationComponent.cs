namespace CareLedger.Analytics.Capitation;

/// <summary>
/// One component of NHS England's weighted capitation formula, as a column of the practice weighted-population file.
/// Each component weights the same registered population by a different need formula, so each column sums to the
/// national registered population; <see cref="Core"/> is the overall weighting of ICB core services that allocations use.
/// </summary>
/// <param name="Id">The name used on the command line and in JSON (lower case, hyphens).</param>
/// <param name="Name">For reading.</param>
/// <param name="Column">The file's column header.</param>
public sealed record CapitationComponent(string Id, string Name, string Column)
{
    public static readonly CapitationComponent GeneralAndAcute = new("general-and-acute", "General and acute", "G&A WP");
    public static readonly CapitationComponent Community = new("community", "Community services", "CS WP");
    public static readonly CapitationComponent MentalHealth = new("mental-health", "Mental health", "MH WP");
    public static readonly CapitationComponent Maternity = new("maternity", "Maternity", "Mat WP");
    public static readonly CapitationComponent HealthInequalities = new("health-inequalities", "Health inequalities", "Health Ineq WP");
    public static readonly CapitationComponent Prescribing = new("prescribing", "Prescribing", "Prescr WP");
    public static readonly CapitationComponent Core = new("core", "Core services (overall)", "Final WP");
    public static readonly CapitationComponent PrimaryMedicalCare = new("primary-medical-care", "Primary medical care", "Primary Medical Care WP");
    public static readonly CapitationComponent PrimaryMedicalCareFinal = new("primary-medical-care-final", "Primary medical care (overall)", "Final PMC WP");

    /// <summary>Every component, in the file's column order; a file must carry all of them.</summary>
    public static IReadOnlyList<CapitationComponent> All { get; } =
        [GeneralAndAcute, Community, MentalHealth, Maternity, HealthInequalities, Prescribing, Core, PrimaryMedicalCare, PrimaryMedicalCareFinal];

    /// <summary>The component of that id (case ignored), or null.</summary>
    public static CapitationComponent? Find(string id) =>
        All.FirstOrDefault(component => string.Equals(component.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>This component's position in <see cref="All"/>, which is also its index in a practice's weighted figures.</summary>
    public int Index => All.ToList().IndexOf(this);
}
