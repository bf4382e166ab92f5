namespace CareLedger.Domain.Population;

/// <summary>People in an age band; <see cref="To"/> is null for an open top band such as 85+.</summary>
public sealed record AgeBand(int From, int? To, int Size)
{
    public string Label => To is null ? $"{From}+" : $"{From}-{To}";
}
