namespace CareLedger.Application.Contracts.Editing;

/// <summary>One baseline line (<c>baseline.spend[Index]</c>) with its amount as written.</summary>
public sealed record EditableBaselineLine(int Index, string ServiceLine, string Provider, string Amount);
