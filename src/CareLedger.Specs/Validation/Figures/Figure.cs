namespace CareLedger.Specs.Validation.Figures;

/// <summary>
/// One number written in a contract, with what it is: <c>Owner</c> and <c>What</c> read together as
/// "top slice 'ooa' (Out-of-area activity)" and "amount"; <see cref="Shown"/> is the value as the author would
/// write it, and <see cref="Year"/> the year it applies in for a by-year value.
/// </summary>
internal sealed record Figure(
    object Node,
    string[] Keys,
    string Owner,
    string What,
    FigureKind Kind,
    decimal Value,
    string Shown,
    string? Year = null);
