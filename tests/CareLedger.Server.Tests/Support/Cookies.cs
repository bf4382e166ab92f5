using System.Net.Http.Headers;

namespace CareLedger.Server.Tests.Support;

/// <summary>
/// The sign-in cookie, carried by hand: it is Secure, and .NET's cookie container (unlike a browser) will not send a
/// Secure cookie to http://127.0.0.1, so the tests copy it from Set-Cookie to Cookie themselves.
/// </summary>
public static class Cookies
{
    public const string SignInCookie = "careledger";

    public static string? SignInCookieOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(value => value.Split(';')[0]).FirstOrDefault(pair => pair.StartsWith(SignInCookie + "=", StringComparison.Ordinal))
            : null;
    }

    public static void Use(HttpClient client, string cookie)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Remove("Cookie");
        client.DefaultRequestHeaders.Add("Cookie", cookie);
    }

    public static void UseToken(HttpClient client, string token)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
