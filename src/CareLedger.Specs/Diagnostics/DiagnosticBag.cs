namespace CareLedger.Specs.Diagnostics;

/// <summary>Collects problems while a file is read or checked, so that every problem is reported, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(item => item.IsError);

    public void Error(SourceLocation location, string code, string message) =>
        _items.Add(new Diagnostic(location, Severity.Error, code, message));

    public void Warning(SourceLocation location, string code, string message) =>
        _items.Add(new Diagnostic(location, Severity.Warning, code, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Problems in file order, so output reads top to bottom.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(item => item.Location.File, StringComparer.Ordinal)
            .ThenBy(item => item.Location.Line)
            .ThenBy(item => item.Location.Column)
            .ToArray();

    /// <summary>
    /// Problems file by file in the order given (files not listed follow, in the order first reported), then top to
    /// bottom; problems at the same place, or with no place (rows from outside a file), keep the order found.
    /// </summary>
    public IReadOnlyList<Diagnostic> InFileOrder(IReadOnlyList<string> files)
    {
        var order = files.Concat(_items.Select(item => item.Location.File)).Distinct(StringComparer.Ordinal).ToList();
        return _items.OrderBy(item => order.IndexOf(item.Location.File))
            .ThenBy(item => item.Location.Line)
            .ThenBy(item => item.Location.Column)
            .ToArray();
    }
}
