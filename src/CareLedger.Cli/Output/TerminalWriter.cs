using System.Text;

namespace CareLedger.Cli.Output;

/// <summary>
/// A writer in front of every stream the CLI prints to (standard output, standard error, statement files), which
/// shows each character <see cref="TerminalText"/> calls unsafe as a visible escape. It sits under every command,
/// renderer and message, so no output path can forget to neutralise text taken from an input file.
/// </summary>
/// <remarks>
/// Line feeds and tabs pass through (they are layout), and so does a carriage return directly followed by a line
/// feed (a CSV record end); a lone carriage return, which would move the cursor back over what was printed, is
/// escaped. A carriage return at the end of one write is held until the next write (or a flush) shows whether a line feed
/// follows.
/// CareLedger's own styling (a bold table header on a colour terminal) is the one escape sequence written, through
/// <see cref="WriteBold"/>.
/// </remarks>
public sealed class TerminalWriter : TextWriter
{
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    private readonly TextWriter _inner;
    private bool _heldCarriageReturn;

    private TerminalWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => _inner.Encoding;

    /// <summary>The writer guarded; a writer that already is one is returned as it is.</summary>
    public static TerminalWriter Over(TextWriter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return inner as TerminalWriter ?? new TerminalWriter(inner);
    }

    /// <summary>Writes <paramref name="text"/> (itself guarded) in bold: for a colour terminal only.</summary>
    public void WriteBold(string text)
    {
        EscapeHeldCarriageReturn();
        _inner.Write(Bold);
        Write(text);
        EscapeHeldCarriageReturn();
        _inner.Write(Reset);
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        if (_heldCarriageReturn && buffer[0] == '\n')
        {
            _heldCarriageReturn = false;
            _inner.Write("\r\n");
            buffer = buffer[1..];
        }

        EscapeHeldCarriageReturn();

        while (!buffer.IsEmpty)
        {
            var unsafeAt = TerminalText.IndexOfUnsafe(buffer);
            if (unsafeAt < 0)
            {
                _inner.Write(buffer);
                return;
            }

            _inner.Write(buffer[..unsafeAt]);
            var character = buffer[unsafeAt];
            buffer = buffer[(unsafeAt + 1)..];
            if (character is '\n' or '\t')
            {
                _inner.Write(character);
            }
            else if (character == '\r' && buffer.IsEmpty)
            {
                _heldCarriageReturn = true;
            }
            else if (character == '\r' && buffer[0] == '\n')
            {
                _inner.Write("\r\n");
                buffer = buffer[1..];
            }
            else
            {
                _inner.Write(TerminalText.EscapeOf(character));
            }
        }
    }

    /// <summary>Writes out everything so far: a carriage return still held was a lone one and is escaped.</summary>
    public override void Flush()
    {
        EscapeHeldCarriageReturn();
        _inner.Flush();
    }

    /// <summary>Flushes; the stream underneath belongs to whoever made it and is left open.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    /// <summary>A carriage return held from the last write that no line feed followed: it was a lone one.</summary>
    private void EscapeHeldCarriageReturn()
    {
        if (_heldCarriageReturn)
        {
            _heldCarriageReturn = false;
            _inner.Write(TerminalText.EscapeOf('\r'));
        }
    }
}
