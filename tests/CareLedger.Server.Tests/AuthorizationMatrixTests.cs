using System.Net;
using System.Text.RegularExpressions;
using CareLedger.Server.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;

namespace CareLedger.Server.Tests;

/// <summary>
/// The authorisation matrix, generated from the server's own endpoint list: every endpoint × every kind of caller ×
/// the caller's own contract and someone else's, each answer checked against what the roles allow (stated here,
/// independently of the server). An endpoint that declares no policy, or one this table does not know, fails.
/// </summary>
public sealed partial class AuthorizationMatrixTests : IAsyncLifetime
{
    // Who may do what, written out from the product's rules (README, docs/api.md), not read from the server.
    private static readonly Dictionary<string, string[]> ContractPolicyRoles = new(StringComparer.Ordinal)
    {
        ["contract:read"] = ["commissioner", "provider", "board", "auditor"],
        ["contract:edit"] = ["commissioner"],
        ["contract:import"] = ["commissioner", "provider"],
        ["contract:settle"] = ["commissioner"],
        ["contract:vote"] = ["board"],
        ["contract:audit"] = ["auditor"],
    };

    private static readonly string[] Callers = ["anonymous", "admin", "commissioner", "provider", "board", "auditor", "outsider"];

    private InProcessLedger _ledger = null!;

    public async Task InitializeAsync() => _ledger = await InProcessLedger.StartAsync();

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public void Every_endpoint_declares_exactly_one_policy_or_allows_anonymous_access()
    {
        var undeclared = Endpoints()
            .Where(endpoint => Access(endpoint) is null)
            .Select(endpoint => endpoint.DisplayName)
            .ToArray();

        Assert.True(undeclared.Length == 0, "Endpoints without an authorisation policy: " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_their_roles_allow()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var endpoint in Endpoints())
        {
            var access = Access(endpoint) ?? "(none)";
            var contractScoped = endpoint.RoutePattern.Parameters.Any(parameter => parameter.Name == "contractId");
            foreach (var method in Methods(endpoint))
            {
                foreach (var caller in Callers)
                {
                    foreach (var contract in contractScoped ? new[] { InProcessLedger.OwnContract, InProcessLedger.OtherContract } : [InProcessLedger.OwnContract])
                    {
                        var expected = Expected(access, caller, contractScoped, contract == InProcessLedger.OwnContract);
                        var path = PathOf(endpoint.RoutePattern.RawText!, contract);
                        using var client = ClientFor(caller);
                        using var request = new HttpRequestMessage(new HttpMethod(method), path);
                        if (method is "POST" or "PUT")
                        {
                            request.Content = Api.Json(new { });
                        }

                        using var response = await client.SendAsync(request);
                        var body = await response.Content.ReadAsStringAsync();
                        var outcome = Outcome(response.StatusCode, body);
                        checkedCount++;
                        if (outcome != expected)
                        {
                            failures.Add($"{method} {path} as {caller} ({access}): expected {expected}, got {(int)response.StatusCode} {Shorten(body)}");
                        }
                    }
                }
            }
        }

        Assert.True(checkedCount > 200, $"only {checkedCount} requests were checked; is the endpoint list empty?");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>allowed: the request got past authorisation; 401, 403, 404: refused (404 only as "no such contract you can see").</summary>
    private static string Expected(string access, string caller, bool contractScoped, bool ownContract)
    {
        if (access == "anonymous")
        {
            return "allowed";
        }

        if (caller == "anonymous")
        {
            return "401";
        }

        if (access == "signed-in")
        {
            return "allowed";
        }

        if (access == "administrator")
        {
            return caller == "admin" ? "allowed" : "403";
        }

        if (!ContractPolicyRoles.TryGetValue(access, out var roles))
        {
            return $"a known policy (not '{access}')";
        }

        Assert.True(contractScoped, $"policy {access} needs a {{contractId}} in the route");
        if (!ownContract || caller is "admin" or "outsider")
        {
            return "404";
        }

        return roles.Contains(caller) ? "allowed" : "403";
    }

    private static string Outcome(HttpStatusCode status, string body) => status switch
    {
        // A wrong password at the sign-in endpoint is its answer, not a refusal to let the request in.
        HttpStatusCode.Unauthorized when body.Contains("Sign-in refused", StringComparison.Ordinal) => "allowed",
        HttpStatusCode.Unauthorized => "401",
        HttpStatusCode.Forbidden => "403",
        HttpStatusCode.NotFound when body.Contains("that you can see", StringComparison.Ordinal) => "404",
        _ => "allowed",
    };

    private HttpClient ClientFor(string caller) => caller switch
    {
        "anonymous" => _ledger.Anonymous(),
        "admin" => _ledger.As(Server.Demo.DemoData.AdministratorEmail),
        "outsider" => _ledger.As(InProcessLedger.Outsider),
        _ => _ledger.As($"{caller}@mid-notts.demo"),
    };

    [Fact]
    public async Task Every_page_but_sign_in_and_not_found_sends_a_visitor_who_is_not_signed_in_to_sign_in()
    {
        var pages = _ledger.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null)
            .Select(endpoint => PathOf(endpoint.RoutePattern.RawText!, InProcessLedger.OwnContract))
            .Distinct()
            .ToArray();
        var failures = new List<string>();
        foreach (var path in pages)
        {
            using var client = _ledger.App.GetTestServer().CreateClient();
            using var response = await client.GetAsync(path);
            var expected = path is "/sign-in" or "/not-found" ? "200" : "302 /sign-in";
            var got = response.StatusCode == HttpStatusCode.Redirect ? $"302 {response.Headers.Location?.AbsolutePath}" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (got != expected)
            {
                failures.Add($"{path}: expected {expected}, got {got}");
            }
        }

        Assert.True(pages.Length >= 5, $"only {pages.Length} pages were found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // The API's endpoints: the pages (and the files they load) are checked by the browser tests and the test above.
    private IEnumerable<RouteEndpoint> Endpoints() =>
        _ledger.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .OrderBy(endpoint => endpoint.RoutePattern.RawText, StringComparer.Ordinal);

    /// <summary>"anonymous", the one policy's name, or null when the endpoint declares none (or several).</summary>
    private static string? Access(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return "anonymous";
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).Distinct().ToArray();
        return policies is [{ } single] ? single : null;
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string PathOf(string pattern, string contract)
    {
        var path = RouteParameter().Replace(pattern, match => match.Groups["name"].Value switch
        {
            "contractId" => contract,
            "documentName" => "v1",
            _ => "x",
        });
        return path.StartsWith('/') ? path : "/" + path;
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
