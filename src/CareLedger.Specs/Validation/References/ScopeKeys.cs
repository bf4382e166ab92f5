using CareLedger.Domain;

namespace CareLedger.Specs.Validation.References;

/// <summary>The keys an id in a written list (<c>service_lines: [a, b]</c>) may have been recorded under.</summary>
internal static class ScopeKeys
{
    /// <summary>
    /// <c>service_lines[1]</c> then <c>service_lines</c>. The position is only trusted from a collection that keeps
    /// the order it was written in (a list, or a hash set filled in file order); a sorted set does not, so the
    /// reference then points at the list as a whole.
    /// </summary>
    public static string[] For<T>(IEnumerable<Id<T>> written, Id<T> id, string listKey)
    {
        if (written is SortedSet<Id<T>> || written is not (IReadOnlyList<Id<T>> or HashSet<Id<T>>))
        {
            return [listKey];
        }

        var index = written.TakeWhile(item => item != id).Count();
        return [$"{listKey}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", listKey];
    }
}
