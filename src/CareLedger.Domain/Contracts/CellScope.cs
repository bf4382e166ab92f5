using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Contracts;

/// <summary>
/// Which budget cells (service line × provider) a term touches. A null set means "all": an adjustment with no
/// service lines named applies to every in-scope line.
/// </summary>
public sealed record CellScope(IReadOnlySet<Id<ServiceLine>>? ServiceLines, IReadOnlySet<Id<Party>>? Providers)
{
    public static CellScope Everything { get; } = new(null, null);

    public bool IsEverything => ServiceLines is null && Providers is null;

    public bool Matches(Id<ServiceLine> serviceLine, Id<Party> provider) =>
        (ServiceLines is null || ServiceLines.Contains(serviceLine))
        && (Providers is null || Providers.Contains(provider));
}
