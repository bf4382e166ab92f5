using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace CareLedger.Server.Web;

/// <summary>
/// The pages' styles, script and icons, embedded in this assembly by the build (the NHS design system from npm, and
/// CareLedger's own few rules): served from memory, so the server needs no files beside it. The design system's
/// stylesheet asks for its icons at <c>/assets/images/…</c>, so they are served there.
/// </summary>
internal static class FrontEndAssets
{
    private const string Prefix = "web/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/web/{**path}", (string path, HttpContext http) => Serve(path, http)).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/assets/images/{name}", (string name, HttpContext http) => Serve("assets/images/" + name, http)).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Serve(string path, HttpContext http)
    {
        if (!Files.TryGetValue(path, out var content))
        {
            return Results.NotFound();
        }

        // The files change only with a new build of the server; a day's caching spares every page load the round trips.
        http.Response.Headers.CacheControl = "public, max-age=86400";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(content, ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream");
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(FrontEndAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[name[Prefix.Length..]] = buffer.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
