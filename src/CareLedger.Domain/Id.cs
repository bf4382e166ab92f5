using System.Diagnostics.CodeAnalysis;

namespace CareLedger.Domain;

/// <summary>
/// The identifier of one kind of thing in a contract: <c>Id&lt;Party&gt;</c>, <c>Id&lt;ServiceLine&gt;</c>, and so on.
/// The type parameter keeps a party id from being passed where a service line is meant. Ids are short slugs:
/// lower-case letters, digits and hyphens, starting with a letter or digit, at most 64 characters.
/// The default value is the empty id, which no valid contract contains.
/// </summary>
public readonly struct Id<TEntity> : IEquatable<Id<TEntity>>, IComparable<Id<TEntity>>
{
    public const int MaxLength = 64;

    private readonly string? _value;

    private Id(string value) => _value = value;

    public string Value => _value ?? string.Empty;

    public static bool IsWellFormed(string? text) =>
        !string.IsNullOrEmpty(text)
        && text.Length <= MaxLength
        && char.IsAsciiLetterOrDigit(text[0])
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static bool TryCreate(string? text, out Id<TEntity> id)
    {
        id = default;
        if (!IsWellFormed(text))
        {
            return false;
        }

        id = new Id<TEntity>(text!);
        return true;
    }

    /// <summary>For ids known to be well formed (code and tests); input from files goes through <see cref="TryCreate"/>.</summary>
    public static Id<TEntity> Of(string text) =>
        TryCreate(text, out var id)
            ? id
            : throw new ArgumentException($"'{text}' is not an id: use lower-case letters, digits and hyphens.", nameof(text));

    public bool Equals(Id<TEntity> other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Id<TEntity> other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public int CompareTo(Id<TEntity> other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator ==(Id<TEntity> left, Id<TEntity> right) => left.Equals(right);

    public static bool operator !=(Id<TEntity> left, Id<TEntity> right) => !left.Equals(right);

    public static bool operator <(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) < 0;

    public static bool operator >(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) > 0;

    public static bool operator <=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;
}
