using Microsoft.Extensions.Logging;

namespace CareLedger.Server.Endpoints;

/// <summary>What the server logs of imports, for operators: each stage as it begins, and how each ended.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Import into {Contract} by {User}: {Stage}.")]
    public static partial void Stage(ILogger logger, string contract, string user, string stage);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Import into {Contract} by {User} refused; nothing was stored.")]
    public static partial void Refused(ILogger logger, string contract, string user);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Import into {Contract} by {User} recorded: {Imports}.")]
    public static partial void Recorded(ILogger logger, string contract, string user, string imports);
}
