using CareLedger.Application;
using CareLedger.Application.Contracts.Editing;

namespace CareLedger.Server.Web.ContractForms;

/// <summary>
/// What a form asks the edit page to save: its edits and the version they were made from; or, when the form itself
/// is incomplete (a new party without an id), the problem to show instead.
/// </summary>
public sealed record PendingEdit(IEditInput? Input, IReadOnlyList<ContractEdit> Edits, RequestProblem? Problem = null);
