using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Validation.Texts;

namespace CareLedger.Specs.Validation.Rules;

/// <summary>
/// CL013: a name or text holding a character that acts rather than prints (see <see cref="PrintableText"/>), which
/// would reach every table, statement and terminal the contract is shown in. CL003: a required name written blank
/// (<c>name: ''</c>), which would leave a party or line that nobody can recognise on a statement. Both checked on
/// the contract itself, so a contract from any source is checked as a file is.
/// </summary>
internal sealed class TextsRule : IContractRule
{
    public void Check(ContractValidationContext context)
    {
        foreach (var text in ContractTexts.Of(context.Contract))
        {
            if (PrintableText.Problem(text.Text, text.Kind) is { } problem)
            {
                context.Error(
                    context.Locate(text.Node, text.Key),
                    DiagnosticCodes.InvisibleCharacter,
                    $"{text.Owner}: the {text.What} holds {problem}. Delete it: {Advice(text.Kind)}.");
            }
            else if (text.Required && string.IsNullOrWhiteSpace(text.Text) && WasWritten(context, text))
            {
                context.Error(
                    context.Locate(text.Node, text.Key),
                    DiagnosticCodes.MissingRequired,
                    $"{text.Owner}: the {text.What} is blank; it is required, and is what statements and tables show, so write it out.");
            }
        }
    }

    private static string Advice(PrintableText.Kind kind) => kind == PrintableText.Kind.Line
        ? "a name is shown in tables, statements and terminals, so it is one line of printable text"
        : "texts are shown in statements and terminals, where such a character would hide, reorder or recolour what is printed";

    // A required key left out of a file has been reported by the reader already; blank text written there, or
    // from a source without a file, has not.
    private static bool WasWritten(ContractValidationContext context, WrittenText text) =>
        context.Locations.Has(text.Node, text.Key) || context.Locations.Of(text.Node).Line == 0;
}
