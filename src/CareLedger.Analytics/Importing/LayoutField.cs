namespace CareLedger.Analytics.Importing;

/// <summary>
/// One column a layout reads: the store column it fills, the source column's name (always from the layout's fixed
/// list, never from user text, so it can be quoted into SQL), how it is checked, and whether every row needs it.
/// </summary>
internal sealed record LayoutField(string Target, string Column, FieldKind Kind, bool Required = false);
