namespace CareLedger.Application.Contracts.Editing;

/// <summary>What an edit says about a party the contract does not have (the form was for another version).</summary>
internal static class PartyProblems
{
    public static RequestProblem Missing(string partyId) =>
        new("party", $"This version of the contract has no party '{partyId}'. Reload the page to edit the current version.");
}
