namespace CareLedger.Specs.Validation.Texts;

/// <summary>
/// One text written in a contract: the record it belongs to and its key (where it is reported), who it belongs to
/// in words (<c>party 'nuh'</c>), what it is (<c>name</c>), the text, what it may hold, and whether the contract
/// needs it (a required text may not be blank).
/// </summary>
internal sealed record WrittenText(object Node, string Key, string Owner, string What, string Text, PrintableText.Kind Kind, bool Required);
