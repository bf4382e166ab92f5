namespace CareLedger.Specs.Templates;

/// <summary>A ready-made, commented contract file for one of the seed sites.</summary>
/// <param name="Name">What <c>careledger init NAME</c> takes, e.g. <c>mid-notts-alliance</c>.</param>
/// <param name="Yaml">The file's full text, comments and citations included.</param>
public sealed record ContractTemplate(string Name, string Title, string Summary, string Yaml);
