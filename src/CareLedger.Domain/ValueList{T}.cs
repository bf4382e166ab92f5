using System.Collections;
using System.Runtime.CompilerServices;

namespace CareLedger.Domain;

/// <summary>
/// An immutable list compared by its items, so that records holding lists (explanations, statements, results read
/// back from JSON) are equal exactly when their contents are. The default value is the empty list.
/// </summary>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[]? _items;

    internal ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty => default;

    public int Count => _items?.Length ?? 0;

    public T this[int index] => (_items ?? [])[index];

    public static implicit operator ValueList<T>(T[] items) => new(items.ToArray());

    public static implicit operator ValueList<T>(List<T> items) => new(items.ToArray());

    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    public bool Equals(ValueList<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>A new list of these items and then <paramref name="item"/>; this list is unchanged.</summary>
    public ValueList<T> Append(T item)
    {
        var items = new T[Count + 1];
        AsSpan().CopyTo(items);
        items[^1] = item;
        return new ValueList<T>(items);
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items ?? [])}]";
}
