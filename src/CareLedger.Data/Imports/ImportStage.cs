namespace CareLedger.Data.Imports;

/// <summary>How far an import has got, for a caller that shows progress (a large file takes seconds to check).</summary>
public enum ImportStage
{
    /// <summary>The files are read; the import's transaction has begun and every row is being checked.</summary>
    Checking,

    /// <summary>Every check passed; the files and their audit entries are being written, then committed.</summary>
    Writing,
}
