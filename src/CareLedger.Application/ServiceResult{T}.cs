using CareLedger.Specs.Diagnostics;

namespace CareLedger.Application;

/// <summary>
/// What a service returns: its value, or why there is none. <see cref="Diagnostics"/> holds every finding in the
/// inputs, errors and warnings alike, in file order; a value can come with warnings (and with findings that do not
/// stop this use case). Without a value there is either an error among the diagnostics or a <see cref="Problem"/>
/// with the request itself.
/// </summary>
public sealed record ServiceResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics, RequestProblem? Problem = null)
    where T : class
{
    public bool Succeeded => Value is not null;

    public static ServiceResult<T> Success(T value, IReadOnlyList<Diagnostic>? diagnostics = null) => new(value, diagnostics ?? []);

    public static ServiceResult<T> Failure(IReadOnlyList<Diagnostic> diagnostics) => new(null, diagnostics);

    public static ServiceResult<T> Rejected(RequestProblem problem, IReadOnlyList<Diagnostic>? diagnostics = null) => new(null, diagnostics ?? [], problem);

    /// <summary>The same failure for another kind of value, so a service can pass on what a step before it found.</summary>
    public ServiceResult<TOther> FailedAs<TOther>()
        where TOther : class =>
        Succeeded ? throw new InvalidOperationException("A result with a value is not a failure.") : new(null, Diagnostics, Problem);
}
