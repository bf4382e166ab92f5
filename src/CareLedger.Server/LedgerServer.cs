using CareLedger.Data.Migrations;
using CareLedger.Server.Endpoints;
using CareLedger.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace CareLedger.Server;

/// <summary>
/// Builds the CareLedger server: the database schema brought up to date, then the web application with its
/// middleware and endpoints. <c>careledger serve</c> runs it; tests host it in-process or as a real process.
/// </summary>
public static class LedgerServer
{
    /// <summary>Migrates the database, then builds (but does not start) the application.</summary>
    public static async Task<WebApplication> CreateAsync(ServerSettings settings, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await new MigrationRunner(settings.Database, clock: settings.Clock).MigrateAsync(cancellationToken);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "CareLedger", EnvironmentName = Environments.Production });
        builder.WebHost.UseKestrel(options => options.Limits.MaxRequestBodySize = 80L * 1024 * 1024);
        builder.WebHost.UseUrls($"http://{settings.Host}:{settings.Port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Keys are kept unencrypted in the database, by design (docs/operator-guide.md): not a warning on every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // Imports take seconds and change money: each stage is logged for the operator.
        builder.Logging.AddFilter(Endpoints.ImportEndpoints.LogCategory, LogLevel.Information);
        LedgerServices.Add(builder.Services, settings);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", options => options.WithTitle("CareLedger API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        LedgerApi.Map(app);
        return app;
    }
}
