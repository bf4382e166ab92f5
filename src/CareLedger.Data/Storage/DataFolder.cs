namespace CareLedger.Data.Storage;

/// <summary>
/// Where CareLedger keeps its records when no database is named: <c>$CARELEDGER_DATA</c> when set, otherwise
/// <c>~/.local/share/careledger/</c> (the XDG data folder). The SQLite ledger is <c>careledger.db</c> inside it.
/// </summary>
public static class DataFolder
{
    public const string Variable = "CARELEDGER_DATA";

    public const string LedgerFileName = "careledger.db";

    public static string Path
    {
        get
        {
            if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
            {
                return System.IO.Path.GetFullPath(configured);
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            var root = xdg is { Length: > 0 } ? xdg : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            return System.IO.Path.Combine(root, "careledger");
        }
    }

    /// <summary>The default SQLite ledger file.</summary>
    public static string LedgerFile => System.IO.Path.Combine(Path, LedgerFileName);
}
