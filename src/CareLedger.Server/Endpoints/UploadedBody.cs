namespace CareLedger.Server.Endpoints;

/// <summary>
/// Reads an uploaded body (a request's, or one file of a form) into memory, never more than a limit: a declared
/// length over it is refused before anything is read, and a body without one is given up as soon as it passes it.
/// </summary>
internal static class UploadedBody
{
    /// <summary>The bytes, or null when the body is over <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (declaredLength > limit)
        {
            return null;
        }

        using var buffer = declaredLength is { } known ? new MemoryStream((int)known) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
