namespace CareLedger.Domain.Settlement.Rules;

/// <summary>
/// The one actuals row a year-end term settles on (a year's benchmark expenditure, a corridor's cost). None, or more
/// than one, settles nothing and says why in a note, rather than guessing which row was meant.
/// </summary>
internal static class SingleActual
{
    public static T? Find<T>(SettlementContext context, IEnumerable<T> rows, Func<T, SourceRef?> sourceOf, string subject, string what, SourceRef? termsSource)
        where T : class
    {
        var found = rows.ToArray();
        if (found.Length == 0)
        {
            context.Note($"{subject} {context.Year}: no {what} in the actuals; nothing settled.", termsSource);
            return null;
        }

        if (found.Length > 1)
        {
            context.Note($"{subject} {context.Year}: {found.Length} rows of {what} for one year; give one; nothing settled.", sourceOf(found[1]));
            return null;
        }

        return found[0];
    }
}
