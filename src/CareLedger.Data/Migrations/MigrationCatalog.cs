using System.Reflection;
using System.Text.RegularExpressions;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Migrations;

/// <summary>
/// The schema history, read from the SQL files embedded in this assembly: <c>NNNN_name.sql</c> for both databases,
/// with optional <c>NNNN_name.sqlite.sql</c> and <c>NNNN_name.postgres.sql</c> for what only one of them can say
/// (triggers, functions). <c>{blob}</c> in a file stands for the database's binary type.
/// </summary>
public static partial class MigrationCatalog
{
    private const string Prefix = "CareLedger.Data.Migrations.";

    public static IReadOnlyList<Migration> For(DatabaseProvider provider)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..])
            .ToArray();
        var own = provider == DatabaseProvider.Sqlite ? ".sqlite.sql" : ".postgres.sql";
        var migrations = new List<Migration>();
        foreach (var common in files.Where(file => CommonFile().IsMatch(file)).Order(StringComparer.Ordinal))
        {
            var match = CommonFile().Match(common);
            var stem = common[..^".sql".Length];
            var sql = Read(assembly, common);
            if (files.Contains(stem + own, StringComparer.Ordinal))
            {
                sql += "\n" + Read(assembly, stem + own);
            }

            migrations.Add(new Migration(match.Groups["id"].Value, match.Groups["name"].Value, Dialect(sql, provider)));
        }

        return migrations;
    }

    /// <summary>Replaces the few type names the two databases spell differently.</summary>
    public static string Dialect(string sql, DatabaseProvider provider) =>
        sql.Replace("{blob}", provider == DatabaseProvider.Sqlite ? "BLOB" : "BYTEA", StringComparison.Ordinal);

    private static string Read(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream(Prefix + file) ?? throw new InvalidOperationException($"Migration {file} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<id>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex CommonFile();
}
