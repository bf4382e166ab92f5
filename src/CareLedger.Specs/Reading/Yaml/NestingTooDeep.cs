using CareLedger.Specs.Diagnostics;
using YamlDotNet.Core;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Stops a YAML load at the first list or mapping nested deeper than <see cref="DuplicateKeyFilter.MostLevels"/>.
/// The YAML library builds nodes recursively, so text such as 40,000 <c>[</c> would otherwise overflow the stack
/// and end the process; thrown from the parser's event stream, this unwinds the load at a bounded depth and is
/// caught by <see cref="YamlDocumentLoader"/>, which reports it as a located CL001. Never escapes the reader.
/// </summary>
internal sealed class NestingTooDeep(Mark start, FieldPath path)
    : YamlException(start, start, $"lists and mappings nested more than {DuplicateKeyFilter.MostLevels} deep")
{
    /// <summary>Where the list or mapping one level too deep starts.</summary>
    public Mark At { get; } = start;

    /// <summary>The field path of that list or mapping.</summary>
    public FieldPath Path { get; } = path;
}
