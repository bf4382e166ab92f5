using System.Globalization;
using Dapper;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Audit;

/// <summary>
/// Searches one contract's audit trail for its auditors. Every filter is a parameter; a text filter is matched as a
/// literal substring (its <c>%</c>, <c>_</c> and <c>\</c> escaped), ignoring the case of ASCII letters on SQLite and
/// PostgreSQL alike.
/// </summary>
public sealed class AuditSearch(LedgerDatabase database)
{
    public async Task<AuditPage> SearchAsync(string contractId, AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = Filter(contractId, query);
        parameters.Add("limit", query.Limit);
        parameters.Add("offset", query.Offset);
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var matching = await transaction.QuerySingleOrDefaultAsync<long>($"SELECT COUNT(*) FROM audit_entries WHERE {where}", parameters, cancellationToken).ConfigureAwait(false);
        var entries = await transaction.QueryAsync<AuditEntry>(
            $"{AuditTrail.SelectColumns} WHERE {where} ORDER BY sequence DESC LIMIT @limit OFFSET @offset", parameters, cancellationToken).ConfigureAwait(false);
        return new AuditPage(entries, matching, Math.Max(query.Page, 1), query.Limit);
    }

    /// <summary>The kinds of change recorded for the contract (<c>motion.vote</c>, …), in order, for a search form to offer.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.QueryAsync<string>(
            "SELECT DISTINCT action FROM audit_entries WHERE contract_id = @contractId ORDER BY action", new { contractId }, cancellationToken).ConfigureAwait(false);
    }

    private static (string Where, DynamicParameters Parameters) Filter(string contractId, AuditQuery query)
    {
        var clauses = new List<string> { "contract_id = @contractId" };
        var parameters = new DynamicParameters();
        parameters.Add("contractId", contractId);
        if (Blank(query.Text) is { } text)
        {
            parameters.Add("text", Contains(text));
            clauses.Add("(LOWER(action) LIKE @text ESCAPE '\\' OR LOWER(entity_type) LIKE @text ESCAPE '\\' OR LOWER(entity_id) LIKE @text ESCAPE '\\' "
                + "OR LOWER(COALESCE(before_state, '')) LIKE @text ESCAPE '\\' OR LOWER(COALESCE(after_state, '')) LIKE @text ESCAPE '\\')");
        }

        if (Blank(query.Who) is { } who)
        {
            parameters.Add("who", Contains(who));
            clauses.Add("LOWER(actor) LIKE @who ESCAPE '\\'");
        }

        if (Blank(query.Action) is { } action)
        {
            parameters.Add("action", action);
            clauses.Add("action = @action");
        }

        // Times are stored as yyyy-MM-ddTHH:mm:ss.ffffffZ, so comparing the text with a day compares the instants.
        if (query.From is { } from)
        {
            parameters.Add("fromDay", Day(from));
            clauses.Add("at >= @fromDay");
        }

        if (query.To is { } to)
        {
            parameters.Add("beforeDay", Day(to.AddDays(1)));
            clauses.Add("at < @beforeDay");
        }

        return (string.Join(" AND ", clauses), parameters);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Contains(string text) =>
        "%" + text.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
