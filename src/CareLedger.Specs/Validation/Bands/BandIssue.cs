namespace CareLedger.Specs.Validation.Bands;

/// <summary>A problem with one band of a sequence: which band, the key to point at, the code and the words.</summary>
internal sealed record BandIssue(BandSpan Band, string Key, string Code, string Text);
