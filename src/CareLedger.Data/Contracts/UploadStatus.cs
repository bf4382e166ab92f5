namespace CareLedger.Data.Contracts;

/// <summary>What became of an uploaded contract text.</summary>
public enum UploadStatus
{
    /// <summary>Stored as a new version (version 1 of a new contract, or the next version).</summary>
    Added,

    /// <summary>The text is the current version's exactly: nothing stored, the current version returned.</summary>
    Unchanged,

    /// <summary>The contract has errors: nothing stored; the diagnostics say what and where.</summary>
    Invalid,

    /// <summary>The upload was based on a version that is no longer current: nothing stored, nothing lost.</summary>
    Conflict,

    /// <summary>The text names another contract than the one being revised: nothing stored.</summary>
    WrongContract,
}
