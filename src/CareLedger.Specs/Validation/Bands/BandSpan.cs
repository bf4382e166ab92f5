namespace CareLedger.Specs.Validation.Bands;

/// <summary>A band as written: from where, to where (null: no upper end), and the node it was read from.</summary>
internal sealed record BandSpan(object Node, decimal From, decimal? To);
