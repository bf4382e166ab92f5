namespace CareLedger.Specs.Templates;

/// <summary>A ready-made, commented contract file for one of the seed sites, with a year of example actuals for it.</summary>
/// <param name="Name">What <c>careledger init NAME</c> takes, e.g. <c>mid-notts-alliance</c>.</param>
/// <param name="Yaml">The file's full text, comments and citations included.</param>
/// <param name="ActualsYaml">
/// Example actuals for one realistic contract year (docs/actuals-spec.md), commented, with every made-up figure
/// marked <c># ILLUSTRATIVE:</c>: what <c>careledger init NAME --actuals</c> writes.
/// </param>
/// <param name="ActualsYear">The contract year the example actuals are for, e.g. <c>2016/17</c>: the period to settle them.</param>
/// <param name="ScenarioYaml">
/// A scenario for projecting and simulating the contract (docs/scenario-spec.md), every figure sourced or marked as an
/// assumption: what <c>careledger init NAME</c> writes beside the contract as <c>NAME.scenario.yaml</c>. Null for a
/// template that cannot be budgeted.
/// </param>
public sealed record ContractTemplate(string Name, string Title, string Summary, string Yaml, string ActualsYaml, string ActualsYear, string? ScenarioYaml = null);
