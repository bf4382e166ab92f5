using CareLedger.Analytics.Reporting;
using CareLedger.Analytics.Workspaces;
using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Analytics.Contracts;

/// <summary>Builds a contract's baseline (spend by service line and provider, activity × tariff) from a workspace.</summary>
public sealed class BaselineGenerator
{
    public GeneratedBaseline Generate(ActivityStore store, FinancialYear year)
    {
        var entries = new List<BaselineEntry>();
        var problems = new List<string>();
        using (var command = store.Command(ContractQueries.BaselineSpend, ("first", year.First.ToDateTime(TimeOnly.MinValue)), ("last", year.Last.ToDateTime(TimeOnly.MinValue))))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var (line, provider) = (reader.GetString(0), reader.GetString(1));
                if (!Id<Party>.IsWellFormed(provider))
                {
                    problems.Add($"provider code '{provider}' cannot be a contract id (lower-case letters, digits and hyphens); recode it in the source file");
                }

                if (!Id<ServiceLine>.IsWellFormed(line))
                {
                    problems.Add($"service line '{line}' cannot be a contract id");
                }

                var exact = reader.GetDecimal(4);
                entries.Add(new BaselineEntry(line, provider, reader.GetInt64(2), reader.GetInt64(3), exact, Pennies.Round(exact)));
            }
        }

        var priceList = store.Scalar<string>("SELECT name FROM price_list LIMIT 1") ?? "(none)";
        return new GeneratedBaseline(year, priceList, entries, ContractQueries.BaselineSpend, problems);
    }
}
