namespace CareLedger.Server.Endpoints;

/// <summary>
/// Marks an endpoint that reads a YAML body, for the OpenAPI document only. (ASP.NET Core's <c>Accepts</c> metadata
/// would also make routing answer 415 before authorisation runs, telling strangers about endpoints they may not use.)
/// </summary>
public sealed class YamlRequestBody
{
    public static YamlRequestBody Instance { get; } = new();

    private YamlRequestBody()
    {
    }
}
