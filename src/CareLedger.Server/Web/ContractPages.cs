using CareLedger.Application.Contracts;
using CareLedger.Application;
using CareLedger.Application.Budgets;
using CareLedger.Data.Accounts;
using CareLedger.Data.Contracts;
using CareLedger.Domain.Contracts;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Http;

namespace CareLedger.Server.Web;

/// <summary>
/// What every contract page starts from: the signed-in user's access to the contract named in the address, and its
/// current version opened. A contract the user cannot see is "not found", exactly as the API answers, so a page
/// never tells anyone which contracts exist elsewhere.
/// </summary>
public sealed class ContractPages(ContractVisibility visibility, ContractVersions versions, ContractService checker, BudgetService budgets, ImmutableReads reads)
{
    /// <summary>The contract, or null when the page should answer "not found" (<c>NavigationManager.NotFound()</c>).</summary>
    public async Task<OpenContract?> OpenAsync(HttpContext http, string contractId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = SignedInUser.Of(http.User);
        var access = await visibility.AccessAsync(user.Id, contractId, http.RequestAborted);
        if (!access.Visible || await versions.TextAsync(contractId, null, http.RequestAborted) is not { } text)
        {
            return null;
        }

        // A stored version always passed validation when stored; one that no longer opens is shown as not found.
        // Opening checks the whole contract, which took most of a page's time; a version never changes once stored.
        var version = text.Version;
        if (reads.GetOrAdd((nameof(Contract), version.ContractId, version.Version, version.Fingerprint), () => checker.Open(new SourceText(version.FileName, text.Yaml)).Value?.Contract) is not { } contract)
        {
            return null;
        }

        return new OpenContract(text.Version, contract, access);
    }

    /// <summary>The contract's budget (every year, or the one named), worked out once for each version of the contract.</summary>
    public ServiceResult<BudgetReport> Budget(OpenContract contract, string? yearLabel)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var version = contract.Version;
        return reads.GetOrAdd((nameof(Budget), version.ContractId, version.Version, version.Fingerprint, yearLabel), () => budgets.Compute(contract.Contract, yearLabel))!;
    }
}

/// <summary>A contract as a page shows it: its current version, the contract itself, and what the user may do in it.</summary>
public sealed record OpenContract(ContractVersion Version, Contract Contract, ContractAccess Access)
{
    public string Roles => string.Join(", ", Access.Roles.Select(ContractRoles.Name));
}
