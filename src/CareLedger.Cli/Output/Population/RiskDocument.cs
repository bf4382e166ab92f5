using CareLedger.Analytics.Risk;

namespace CareLedger.Cli.Output.Population;

/// <summary>The JSON form of a risk report: every figure, statistics as numbers and spend as exact decimals.</summary>
internal sealed record RiskDocument(
    int Seed, int People, int Trained, int HeldOut, double HeldOutRate, IReadOnlyDictionary<string, double> Coefficients, double ModelAuroc, double CeilingAuroc,
    double AgeAuroc, double PriorAuroc, double CalibrationSlope, double CalibrationIntercept, IReadOnlyList<CalibrationDecile> Deciles, IReadOnlyList<Capture> Captures,
    IReadOnlyList<RiskTier> Tiers)
{
    public static RiskDocument Of(RiskReport report) =>
        new(report.Seed, report.People, report.Check.Trained, report.Check.HeldOut, report.Check.HeldOutRate, report.Check.Coefficients.ToDictionary(pair => pair.Feature, pair => pair.Coefficient, StringComparer.Ordinal),
            report.Check.ModelAuroc, report.CeilingAuroc, report.Check.AgeAuroc, report.Check.PriorAuroc, report.Check.CalibrationSlope, report.Check.CalibrationIntercept, report.Check.Deciles, report.Check.Captures, report.Check.Tiers);
}
