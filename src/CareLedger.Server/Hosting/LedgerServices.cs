using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using CareLedger.Application.Budgets;
using CareLedger.Application.Contracts;
using CareLedger.Application.Explaining;
using CareLedger.Application.Settlement;
using CareLedger.Application.Templates;
using CareLedger.Data.Accounts;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Decisions;
using CareLedger.Data.Imports;
using CareLedger.Data.Periods;
using CareLedger.Data.Settlements;
using CareLedger.Server.Problems;
using CareLedger.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareLedger.Server.Hosting;

/// <summary>Registers the server's services: storage and accounts, authentication, policies, limits, documents.</summary>
internal static class LedgerServices
{
    public static void Add(IServiceCollection services, ServerSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(settings.Database);
        services.AddSingleton(settings.Clock);
        services.AddSingleton(settings.SignInLimits);
        AddStore(services);
        AddApplication(services);
        AddSecurity(services, settings);
        AddProtocol(services, settings);
    }

    private static void AddStore(IServiceCollection services)
    {
        services.AddSingleton<AuditTrail>(provider => new AuditTrail(provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AccountPasswords>();
        services.AddSingleton<Organisations>();
        services.AddSingleton<Users>();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<ContractVisibility>();
        services.AddSingleton<SignIns>();
        services.AddSingleton<DataProtectionKeys>();
        services.AddSingleton<ContractVersions>(provider => new ContractVersions(provider.GetRequiredService<Data.Storage.LedgerDatabase>(), provider.GetRequiredService<AuditTrail>(), provider.GetRequiredService<ContractService>()));
        services.AddSingleton<IStoredActuals, StoredActuals>();
        services.AddSingleton<IDecisionInputs, RecordedDecisions>();
        services.AddSingleton<BoardDecisions>();
        services.AddSingleton<RiskShareDistribution>();
        services.AddSingleton<AuditSearch>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<VotingParties>();
        services.AddSingleton<Corrections>();
        services.AddSingleton<RunExplanations>();
        services.AddSingleton<Data.Evidence.EvidenceFiles>();
        services.AddSingleton<ActualsImports>(provider => new ActualsImports(
            provider.GetRequiredService<Data.Storage.LedgerDatabase>(), provider.GetRequiredService<ContractVersions>(), provider.GetRequiredService<AuditTrail>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ImportHistory>();
        services.AddSingleton<Imports.UserImports>();
        services.AddSingleton<Data.Outcomes.OutcomeForecasts>();
        services.AddSingleton<Data.Outcomes.OutcomeResults>();
        services.AddSingleton<Reports.ReportService>();
        services.AddSingleton<PeriodRegister>();
        services.AddSingleton<SettlementRuns>(provider => new SettlementRuns(
            provider.GetRequiredService<Data.Storage.LedgerDatabase>(),
            provider.GetRequiredService<ContractVersions>(),
            provider.GetRequiredService<IStoredActuals>(),
            provider.GetRequiredService<IDecisionInputs>(),
            provider.GetRequiredService<AuditTrail>(),
            provider.GetRequiredService<SettlementService>()));
    }

    private static void AddApplication(IServiceCollection services)
    {
        services.AddSingleton<ContractService>();
        services.AddSingleton<Application.Actuals.ActualsService>();
        services.AddSingleton<BudgetService>();
        services.AddSingleton<SettlementService>();
        services.AddSingleton<ExplanationService>();
        services.AddSingleton<TemplateService>();
    }

    private static void AddSecurity(IServiceCollection services, ServerSettings settings)
    {
        services.AddAuthentication(AuthenticationSchemes.Either)
            .AddPolicyScheme(AuthenticationSchemes.Either, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith(ApiTokenAuthenticationHandler.BearerPrefix, StringComparison.OrdinalIgnoreCase)
                        ? AuthenticationSchemes.Token
                        : AuthenticationSchemes.Cookie)
            .AddCookie(AuthenticationSchemes.Cookie, options =>
            {
                options.Cookie.Name = "careledger";
                options.Cookie.HttpOnly = true;
                // Browsers treat http://127.0.0.1 and localhost as secure origins, so Secure costs nothing on loopback.
                options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // A page sends the browser to sign in, then back; the API answers 401 (a script has nowhere to go).
                options.LoginPath = "/sign-in";
                options.ReturnUrlParameter = "returnUrl";
                options.Events.OnRedirectToLogin = context => context.Request.Path.StartsWithSegments("/api")
                    ? Refuse(context.Response, StatusCodes.Status401Unauthorized)
                    : RedirectAsync(context);
                options.Events.OnRedirectToAccessDenied = context => Refuse(context.Response, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = CookieValidation.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AuthenticationSchemes.Token, null);

        services.AddAuthorization(options =>
        {
            // An endpoint that forgets its policy is still closed to strangers (and the matrix test fails it).
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.AddPolicy(Policies.SignedIn, policy => policy.RequireAuthenticatedUser());
            options.AddPolicy(Policies.Administrator, policy => policy.RequireAuthenticatedUser().RequireClaim(LedgerClaims.Administrator, "true"));
            foreach (var (name, permission) in Policies.ContractPolicies)
            {
                options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(new ContractPermissionRequirement(permission)));
            }
        });
        services.AddSingleton<IAuthorizationHandler, ContractPermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LedgerAuthorizationResultHandler>();

        services.AddDataProtection().SetApplicationName("CareLedger");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<DataProtectionKeys>())));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = "X-CSRF-TOKEN";
            options.Cookie.Name = "careledger-antiforgery";
            // Secure whenever the request is (behind TLS): antiforgery refuses to issue an Always-secure cookie to a
            // plain-HTTP request at all, and the server listens on plain HTTP on loopback.
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimits.SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await LedgerProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many sign-in requests.", "too many sign-in requests from this address: wait a minute and try again.", null)
                    .ExecuteAsync(context.HttpContext);
            };
        });
    }

    private static void AddProtocol(IServiceCollection services, ServerSettings settings)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("traceId");
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CareLedger API";
            document.Info.Description = string.Create(CultureInfo.InvariantCulture, $"The system of record for integrated-care contracts. Sign in (POST /api/v1/session) for a cookie, or send 'Authorization: Bearer clt_…' with an API token. Default port {ServerSettings.DefaultPort}.");
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Endpoints.YamlRequestBody>().Any())
            {
                operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
                {
                    Required = true,
                    Description = "The contract as YAML (UTF-8), as written for careledger validate.",
                    Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>
                    {
                        ["application/yaml"] = new() { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } },
                    },
                };
            }

            return Task.CompletedTask;
        }));
        _ = settings;
    }

    private static Task RedirectAsync(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task Refuse(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
