using CareLedger.Data.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareLedger.Server.Hosting;

/// <summary>Healthy when the database answers a query: a server that cannot reach its records is not serving.</summary>
internal sealed class DatabaseHealthCheck(LedgerDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (System.Data.Common.DbException exception)
        {
            return HealthCheckResult.Unhealthy("the database does not answer: " + exception.Message);
        }
    }
}
