namespace CareLedger.Domain;

/// <summary>Builds <see cref="ValueList{T}"/>s, including from collection expressions (<c>[a, b, c]</c>).</summary>
public static class ValueList
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>A copy of <paramref name="items"/>; later changes to the source do not show.</summary>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new ValueList<T>(items.ToArray());
    }

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => From(items);
}
