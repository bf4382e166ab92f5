namespace CareLedger.Cli;

/// <summary>A file read for a command: its text, or why it could not be read and what to do about it.</summary>
internal sealed record InputText(string? Text, string? Problem)
{
    public bool IsRead => Text is not null;
}
