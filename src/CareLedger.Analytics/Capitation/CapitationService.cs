using CareLedger.Domain;

namespace CareLedger.Analytics.Capitation;

/// <summary>
/// Weighted capitation for a place: its populations per component, its need index against its ICB and England, and its
/// fair share of a stated ICB budget with its distance from target.
/// </summary>
/// <remarks>
/// <para>Need index against a reference = (place weighted ÷ place registered) ÷ (reference weighted ÷ reference
/// registered). Against England the reference is the whole file; since each national weighted column sums to the
/// national registered population, the index against England is the place's weighted heads per registered head.</para>
/// <para>Fair share: the ICB budget is split over <em>every</em> practice of the place's ICB(s) in proportion to its
/// weighted population for the component, to the penny by the largest-remainder rule (<see cref="Apportionment"/>),
/// and the place's target is the sum of its practices' shares. So the practices' shares add to the ICB budget exactly,
/// any places that partition an ICB add to its budget exactly, and each pound of a target traces to a practice.</para>
/// </remarks>
public sealed class CapitationService
{
    public CapitationOutcome Analyse(WeightedPopulationFile file, PlaceDefinition place, CapitationRequest request)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(request);
        if (place.Kind == PlaceKind.Practices && place.Codes.Where(code => file.Find(code) is null).ToList() is { Count: > 0 } unknown)
        {
            return new CapitationOutcome(null, $"{file.Name} holds no practice {string.Join(", ", unknown.Take(10))}{(unknown.Count > 10 ? $" and {unknown.Count - 10} more" : string.Empty)}: check the codes (ODS codes, e.g. A81001).");
        }

        var practices = file.Practices.Where(place.Contains).ToList();
        if (practices.Count == 0)
        {
            return new CapitationOutcome(null, $"{file.Name} holds no practice in {place.Describe()}: check the code against the file's {ColumnOf(place.Kind)} column.");
        }

        var icbCodes = practices.Select(practice => practice.Codes.Icb).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var icbPractices = file.Practices.Where(practice => icbCodes.Contains(practice.Codes.Icb)).ToList();
        var totals = PopulationTotals.Of(practices);
        var icb = PopulationTotals.Of(icbPractices);
        var lines = CapitationComponent.All
            .Select(component => new ComponentLine(component, totals.WeightedFor(component), totals.PerHead(component),
                Index(totals, icb, component), Index(totals, file.National, component)))
            .ToList();
        var icbs = icbCodes.Select(code => (code, icbPractices.First(practice => practice.Codes.Icb == code).Codes.IcbName)).ToList();
        var fairShare = request.IcbBudget is { } budget ? Share(budget, request, icbPractices, practices) : null;
        return new CapitationOutcome(new PlaceCapitation(file.Name, place, practices, icbs, totals, icb, file.National, lines, fairShare, file.Warnings), null);
    }

    /// <summary>The need index, a statistic: zero when either side has no registered population to divide by.</summary>
    private static decimal Index(PopulationTotals place, PopulationTotals reference, CapitationComponent component)
    {
        var referencePerHead = reference.PerHead(component);
        return referencePerHead == 0m ? 0m : place.PerHead(component) / referencePerHead;
    }

    private static FairShare Share(Money budget, CapitationRequest request, List<PracticeWeighting> icbPractices, List<PracticeWeighting> placePractices)
    {
        if (!budget.IsWholeMinorUnits || budget.IsNegative || budget.IsZero)
        {
            throw new ArgumentException("The ICB budget must be a positive whole number of pence.", nameof(request));
        }

        var weights = icbPractices.Select(practice => Domain.Share.FromDecimal(practice.WeightedFor(request.Component))).ToList();
        if (weights.All(weight => weight.IsZero))
        {
            // Nothing to weigh by: no practice of the ICB has a weighted population for this component.
            weights = [.. icbPractices.Select(_ => Domain.Share.Whole)];
        }

        var parts = Apportionment.ByShares(budget, weights);
        var inPlace = placePractices.ToHashSet();
        var shares = icbPractices.Select((practice, index) => new PracticeShare(practice, parts[index])).Where(share => inPlace.Contains(share.Practice)).ToList();
        var target = Money.Sum(shares.Select(share => share.Share), budget.Currency);
        if (request.CurrentBudget is not { } current)
        {
            return new FairShare(budget, request.Component, shares, target, null, null, null);
        }

        var distance = current - target;
        decimal? percent = target.IsZero ? null : decimal.Round(distance.Amount / target.Amount * 100m, 2, MidpointRounding.AwayFromZero);
        return new FairShare(budget, request.Component, shares, target, current, distance, percent);
    }

    private static string ColumnOf(PlaceKind kind) => kind switch
    {
        PlaceKind.Icb => "ICB",
        PlaceKind.LocalAuthorityDistrict => "LAD",
        PlaceKind.PrimaryCareNetwork => "PCN_Code",
        _ => "Practice_Code",
    };
}
