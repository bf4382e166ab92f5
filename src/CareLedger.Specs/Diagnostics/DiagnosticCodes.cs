namespace CareLedger.Specs.Diagnostics;

/// <summary>
/// Every code a contract or actuals file can be reported with. The catalogue, with meanings, is in
/// docs/contract-spec.md; the actuals codes (CL801–CL807) are in docs/actuals-spec.md.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "CL001";
    public const string UnknownKey = "CL002";
    public const string MissingRequired = "CL003";
    public const string WrongType = "CL004";
    public const string WrongUnit = "CL005";
    public const string BadAmount = "CL006";
    public const string BadId = "CL007";
    public const string BadPeriod = "CL008";
    public const string BadChoice = "CL009";
    public const string Duplicate = "CL010";
    public const string UnsupportedVersion = "CL011";
    public const string NotText = "CL012";
    public const string InvisibleCharacter = "CL013";

    public const string UndefinedParty = "CL101";
    public const string UndefinedServiceLine = "CL102";
    public const string UndefinedFramework = "CL103";
    public const string UndefinedIndicator = "CL104";
    public const string WrongRole = "CL105";

    public const string IndicatorWeights = "CL201";
    public const string OutcomeWeights = "CL202";
    public const string TotalIndicatorWeights = "CL203";
    public const string SharesNotWhole = "CL204";
    public const string ElementsDoNotFit = "CL205";
    public const string ReimbursedTwice = "CL206";

    public const string Negative = "CL301";
    public const string Absurd = "CL302";
    public const string Implausible = "CL303";
    public const string BudgetBelowZero = "CL304";

    public const string BandsOverlap = "CL401";
    public const string BandsGap = "CL402";
    public const string RangeReversed = "CL403";

    public const string GatewayNotPassed = "CL501";
    public const string FullGainLossShare = "CL502";
    public const string NotAParticipant = "CL503";

    public const string TermNotWholeMonths = "CL601";
    public const string YearMissing = "CL602";

    public const string ModelMismatch = "CL701";
    public const string ModelOdd = "CL702";
    public const string NoBaseline = "CL703";

    // Actuals (docs/actuals-spec.md). CL001–CL011 are reused with the same meanings.
    public const string WrongContract = "CL801";
    public const string UndefinedReference = "CL802";
    public const string WrongResultShape = "CL803";
    public const string UnknownCsvHeader = "CL804";
    public const string NoSuspensionClause = "CL805";
    public const string NegativeActual = "CL806";
    public const string NotReimbursed = "CL807";
    public const string FarFromPlan = "CL808";
    public const string ActualsIncomplete = "CL809";

    // Scenario files (docs/scenario-spec.md).
    public const string UnknownDistribution = "CL901";
    public const string BadDistribution = "CL902";
    public const string BadCorrelation = "CL903";
}
