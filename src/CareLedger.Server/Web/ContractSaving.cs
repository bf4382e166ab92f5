using System.Globalization;
using CareLedger.Application;
using CareLedger.Data.Accounts;
using CareLedger.Data.Contracts;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Http;

namespace CareLedger.Server.Web;

/// <summary>
/// What the contract pages do with a new text, uploaded or made by a form: refuse it unless the user may edit this
/// contract, then validate and store it as the next version of the version the page showed — through
/// <see cref="ContractVersions"/>, which writes the audit trail — and say in words what happened and what to do next.
/// </summary>
public sealed class ContractSaving(ContractVersions versions)
{
    public async Task<SaveOutcome> SaveAsync(HttpContext http, OpenContract contract, SourceText text, long basedOn, string? note)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(text);

        // The page shows no form to a user without the role; a post made without it (forged) changes nothing.
        if (!contract.Access.Allows(ContractPermission.Edit))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return SaveOutcome.Refused("Only the commissioner's finance team can change this contract. Nothing was stored. Ask them to make the change.");
        }

        var contractId = contract.Version.ContractId;
        var result = await versions.ReviseAsync(SignedInUser.Of(http.User).Actor, contractId, text, basedOn, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), http.RequestAborted);
        switch (result.Status)
        {
            case UploadStatus.Added:
                return new SaveOutcome(null, null, [], result.Version);
            case UploadStatus.Unchanged:
                return SaveOutcome.Refused("That is the current version exactly, so nothing was stored. Change something, then save.");
            case UploadStatus.WrongContract:
                http.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return SaveOutcome.Refused($"This YAML is contract '{result.NamedContractId}', not '{contractId}'. Nothing was stored. Upload it on its own contract's page, or correct its id: line.");
            case UploadStatus.Conflict:
                http.Response.StatusCode = StatusCodes.Status409Conflict;
                return SaveOutcome.Refused(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Someone stored version {result.CurrentVersion} after you opened version {basedOn}. Nothing was stored and your changes are still below: open the current version (reload this page) and make your change again."));
            default:
                http.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                var errors = result.Diagnostics.Count(diagnostic => diagnostic.IsError);
                return new SaveOutcome(
                    string.Create(CultureInfo.InvariantCulture, $"The contract has {errors} error{(errors == 1 ? string.Empty : "s")}, so nothing was stored. Each is shown below at its line with how to fix it: correct them and try again."),
                    text,
                    [.. result.Diagnostics.Where(diagnostic => diagnostic.IsError)],
                    null);
        }
    }
}
