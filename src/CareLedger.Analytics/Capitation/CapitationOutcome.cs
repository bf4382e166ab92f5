namespace CareLedger.Analytics.Capitation;

/// <summary>A place's capitation, or why there is none (a place with no practices, listed codes the file does not hold).</summary>
public sealed record CapitationOutcome(PlaceCapitation? Result, string? Problem)
{
    public bool Succeeded => Result is not null;
}
