using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Payments;

/// <summary>
/// Direct cost reimbursement (Lambeth's alliance, moving from "lump sum payments based on commissioner-approved
/// financial plans" towards "direct cost reimbursements"): in the years selected, each provider in scope is paid
/// the allowable cost it reports for the service lines in scope instead of instalments, optionally up to a cap.
/// </summary>
/// <remarks>
/// The budget still plans the money: a provider's budget on the reimbursed lines is its planned amount, taken out of
/// its fixed element (which is no longer paid in instalments for those lines) and the basis of a cap given as a
/// rate. The cap holds per provider and year; to cap each line separately, write one set of terms per line.
/// </remarks>
/// <param name="Scope">The service lines and providers reimbursed; a null set means every in-scope line, or every party paid directly.</param>
/// <param name="Years">The years paid by reimbursement; the others are paid as the rest of the payment terms say.</param>
/// <param name="Cap">The most a provider is reimbursed in a year: an amount, or a rate of its planned amount (105% allows 5% over plan); null for no cap.</param>
public sealed record CostReimbursementTerms(
    Id<CostReimbursementTerms> Id,
    string Name,
    CellScope Scope,
    YearSelector Years,
    Limit? Cap,
    SourceRef? Source = null)
{
    /// <summary>Whether the terms reimburse a provider's costs on a service line in a year.</summary>
    public bool Covers(Id<Party> provider, Id<ServiceLine> serviceLine, ContractYear year) =>
        Years.Includes(year) && Scope.Matches(serviceLine, provider);

    /// <summary>Whether a provider's cost given without a service line is reimbursed: only when the terms name no lines.</summary>
    public bool CoversWholeProvider(Id<Party> provider, ContractYear year) =>
        Years.Includes(year) && Scope.ServiceLines is null && (Scope.Providers is null || Scope.Providers.Contains(provider));
}
