using Microsoft.Extensions.Caching.Memory;

namespace CareLedger.Server.Web;

/// <summary>
/// What the pages work out again on every request from records that never change once stored — a contract version
/// opened and checked, its budget for a year, a settlement run and its document — kept in this process, a bounded
/// number of them. Every key names an immutable record (a version by its number and fingerprint, a run by its id), so
/// a kept answer is the answer the database would give: two servers each keep their own copies and still agree, and
/// nothing that decides an answer lives only in memory.
/// </summary>
public sealed class ImmutableReads : IDisposable
{
    // Entries, not bytes: a contract, a year's budget or a run's document each count one; a few hundred of them are
    // some tens of megabytes at most for contracts of the size the templates have.
    private const int MostKept = 256;

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = MostKept });

    /// <summary>The value kept under <paramref name="key"/>, or the one <paramref name="make"/> gives (kept unless null).</summary>
    public T? GetOrAdd<T>(object key, Func<T?> make)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(make);
        if (_kept.TryGetValue(key, out T? kept))
        {
            return kept;
        }

        var made = make();
        Keep(key, made);
        return made;
    }

    /// <summary>As <see cref="GetOrAdd{T}"/>, for a value read from the database.</summary>
    public async Task<T?> GetOrAddAsync<T>(object key, Func<Task<T?>> make)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(make);
        if (_kept.TryGetValue(key, out T? kept))
        {
            return kept;
        }

        var made = await make().ConfigureAwait(false);
        Keep(key, made);
        return made;
    }

    public void Dispose() => _kept.Dispose();

    // Nothing is kept for "not there": a run or version that does not exist yet may be stored a moment later.
    private void Keep<T>(object key, T? value)
        where T : class
    {
        if (value is not null)
        {
            _kept.Set(key, value, new MemoryCacheEntryOptions { Size = 1 });
        }
    }
}
