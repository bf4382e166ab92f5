using CareLedger.Application.Contracts;
using CareLedger.Application;
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
public sealed class ContractPages(ContractVisibility visibility, ContractVersions versions, ContractService checker)
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
        if (checker.Open(new SourceText(text.Version.FileName, text.Yaml)).Value?.Contract is not { } contract)
        {
            return null;
        }

        return new OpenContract(text.Version, contract, access);
    }
}

/// <summary>A contract as a page shows it: its current version, the contract itself, and what the user may do in it.</summary>
public sealed record OpenContract(ContractVersion Version, Contract Contract, ContractAccess Access)
{
    public string Roles => string.Join(", ", Access.Roles.Select(ContractRoles.Name));
}
