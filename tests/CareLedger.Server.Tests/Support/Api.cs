using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CareLedger.Server.Tests.Support;

/// <summary>Small request builders for the API's bodies: JSON in snake_case, YAML as application/yaml.</summary>
public static class Api
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static HttpContent Json(object body) => new StringContent(JsonSerializer.Serialize(body, SnakeCase), Encoding.UTF8, "application/json");

    public static HttpContent Yaml(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        return content;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}";
    }
}
