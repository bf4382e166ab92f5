using CareLedger.Analytics.Capitation;
using CareLedger.Domain;

namespace CareLedger.Cli.Commands.Population;

/// <summary>The bound <see cref="PlaceOptions"/>.</summary>
internal sealed record PlaceSettings(string Weights, string? Icb, string? Lad, string? Pcn, string? Practices, string Component, decimal? IcbBudget, decimal? CurrentBudget)
{
    public CapitationComponent ChosenComponent => CapitationComponent.Find(Component) ?? CapitationComponent.Core;

    public PlaceDefinition Place() =>
        !string.IsNullOrWhiteSpace(Icb) ? PlaceDefinition.Icb(Icb)
        : !string.IsNullOrWhiteSpace(Lad) ? PlaceDefinition.LocalAuthorityDistrict(Lad)
        : !string.IsNullOrWhiteSpace(Pcn) ? PlaceDefinition.PrimaryCareNetwork(Pcn)
        : PlaceDefinition.PracticeList(Practices ?? string.Empty);

    public CapitationRequest Request() =>
        new(ChosenComponent, IcbBudget is { } budget ? Money.Gbp(budget) : null, CurrentBudget is { } current ? Money.Gbp(current) : null);
}
