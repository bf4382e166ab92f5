using System.Globalization;
using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Kernel;

namespace CareLedger.Simulation.Incentives;

/// <summary>
/// Turns a lever's pieces into findings, each judged and explained like a statement line (the lever and its range, the
/// inputs, the effect on the party and the alliance and what it is made of). A finding is perverse when a party gains
/// from moving a lever the contract means to reduce, when an alliance member loses from meeting an indicator, or when a
/// member gains while the alliance as a whole loses; an indicator that carries weight but moves nobody's income gives
/// no incentive. Effects smaller than two pence a step are no effect (the engine's rounding).
/// </summary>
internal sealed class IncentiveJudge(SimulationPlan plan, int year, IReadOnlyList<string> missed)
{
    private const long Negligible = 2;
    private static readonly StatementElement[] Elements = Enum.GetValues<StatementElement>();
    private readonly bool[] _members = YearProbe.Members(plan.Parties);

    public IReadOnlyList<IncentiveFinding> Findings(Lever lever, IReadOnlyList<LeverPiece> pieces)
    {
        var parties = lever.Controller is { } controller
            ? [plan.Parties[Domain.Id<Domain.Parties.Party>.Of(controller)]]
            : Enumerable.Range(0, plan.Parties.Count).Where(p => pieces.Any(piece => Math.Abs(MarginalSweep.IncomeOf(piece.Marginal, p)) > Negligible)).ToArray();
        if (parties.Length == 0)
        {
            var weight = lever is IndicatorLever indicator ? indicator.Weight.ToString() : null;
            var flag = lever.Aim == LeverAim.Encourage && weight is not null ? IncentiveFlag.NoIncentive : IncentiveFlag.None;
            var text = $"{Describe(lever, pieces[0].From, pieces[^1].To)}: moves nobody's income" +
                (flag == IncentiveFlag.NoIncentive ? $". No incentive: the indicator carries {weight} of the framework, yet meeting it earns nothing where the contract stands ({Why(lever)})." : ".");
            return [new IncentiveFinding(lever.Kind, lever.Name, "alliance", "the alliance", Position(lever, pieces[0].From), Position(lever, pieces[^1].To), lever.Unit, 0, 0, new Dictionary<string, decimal>(), true, flag, text)];
        }

        var findings = new List<IncentiveFinding>();
        foreach (var p in parties)
        {
            foreach (var piece in pieces)
            {
                findings.Add(Finding(lever, p, piece));
            }
        }

        return findings;
    }

    private IncentiveFinding Finding(Lever lever, int p, LeverPiece piece)
    {
        var (from, to, marginal) = (piece.From, piece.To, piece.Marginal);
        var party = plan.Parties.Parties[p];
        var own = MarginalSweep.IncomeOf(marginal, p);
        var alliance = 0m;
        for (var q = 0; q < _members.Length; q++)
        {
            alliance += _members[q] ? MarginalSweep.IncomeOf(marginal, q) : 0;
        }

        var elements = Elements
            .Select(element => (element, units: marginal[(p * YearTotals.Elements) + (int)element]))
            .Where(pair => pair.units != 0)
            .ToDictionary(pair => Word(pair.element), pair => PerUnit(pair.units, lever));
        var (flag, reason) = Judge(lever, _members[p], own, alliance);
        var made = elements.Count == 0 ? string.Empty : " (" + string.Join(", ", elements.Select(pair => $"{pair.Key} {Signed(pair.Value)}")) + ")";
        var pot = lever is IndicatorLever && own != 0 && Math.Abs(marginal[(p * YearTotals.Elements) + (int)StatementElement.Outcome]) == plan.OutcomePots[year - 1][p] && plan.OutcomePots[year - 1][p] != 0
            ? $"; that is the whole of its outcome pot ({Money(plan.OutcomePots[year - 1][p] / 100m)}): this indicator alone decides it"
            : string.Empty;
        var price = lever is ActivityLever { UnitPrice: { } unitPrice } && !unitPrice.IsZero
            ? string.Create(CultureInfo.InvariantCulture, $", {Math.Round(PerUnit(own, lever) / unitPrice.Amount, 4, MidpointRounding.AwayFromZero)} of the unit price")
            : string.Empty;
        var average = piece.Varies ? " on average" : string.Empty;
        var text = $"{party.Name}: {Describe(lever, from, to)}: {Step(lever)} changes its income{average} by {Signed(PerUnit(own, lever))}{made}{price}{pot}, and the alliance's by {Signed(PerUnit(alliance, lever))}." + (reason is null ? string.Empty : $" {reason}");
        var atCentral = lever.Central >= from && lever.Central <= to + (lever.Step - 1);
        return new IncentiveFinding(lever.Kind, lever.Name, party.Id.Value, party.Name, Position(lever, from), Position(lever, to), lever.Unit, PerUnit(own, lever), PerUnit(alliance, lever), elements, atCentral, flag, text);
    }

    /// <summary>Why meeting an indicator pays nothing: others missed at the operating point, or a threshold out of reach.</summary>
    private string Why(Lever lever)
    {
        var others = missed.Where(name => name != lever.Name).ToArray();
        return others.Length == 0
            ? "the outcome element's threshold cannot be reached, or nothing is at risk this year"
            : $"at the scenario's central values {string.Join(", ", others)} {(others.Length == 1 ? "is" : "are")} missed, and the framework pays nothing unless every indicator it needs is met";
    }

    private static (IncentiveFlag, string?) Judge(Lever lever, bool member, decimal own, decimal alliance)
    {
        if (lever.Aim == LeverAim.Reduce && member && own > Negligible)
        {
            return (IncentiveFlag.Perverse, lever is ActivityLever
                ? "Perverse: it gains from activity the contract means to reduce (a risk/reward item shares the spend on it)."
                : "Perverse: it gains when spend the contract means to reduce goes up.");
        }

        if (lever.Aim == LeverAim.Encourage && member && own < -Negligible)
        {
            return (IncentiveFlag.Perverse, "Perverse: it loses from meeting an indicator the contract means to encourage.");
        }

        if (member && own > Negligible && alliance < -Negligible)
        {
            return (IncentiveFlag.Perverse, "Perverse: its gain is the alliance's loss.");
        }

        return (IncentiveFlag.None, null);
    }

    private static string Describe(Lever lever, long from, long to) => lever switch
    {
        ActivityLever activity => string.Create(CultureInfo.InvariantCulture, $"{lever.Name} from {from:#,0} to {to:#,0} units (plan {activity.Planned:#,0.##}{(activity.UnitPrice is { } price ? $" at {Money(price.Amount)}" : string.Empty)}{(activity.RiskItems > 0 ? "; its spend counts against a risk/reward item" : string.Empty)})"),
        IndicatorLever indicator => $"meeting {lever.Name} (weight {indicator.Weight}) rather than missing it",
        RiskSpendLever spend => string.Create(CultureInfo.InvariantCulture, $"spend on {lever.Name} from {Money(from)} to {Money(to + spend.Step - 1)}{(spend.Planned is { } planned ? $" (plan {Money(planned.Amount)})" : string.Empty)}"),
        _ => lever.Name,
    };

    private static string Step(Lever lever) => lever switch
    {
        ActivityLever => "one unit more",
        IndicatorLever => "that",
        _ => "£1 more",
    };

    /// <summary>Pounds a lever unit: minor units over one step ÷ 100 ÷ the step (£100 of spend gives a slope per £1).</summary>
    private static decimal PerUnit(decimal units, Lever lever) => Math.Round(units / 100m / lever.Step, 4, MidpointRounding.AwayFromZero);

    private static decimal Position(Lever lever, long position) => position;

    private static string Word(StatementElement element) => element.ToString();

    /// <summary>An effect for the text, to the penny (the finding keeps four places: an average over a range is rarely whole pennies).</summary>
    private static string Signed(decimal pounds) => (pounds < 0 ? "−" : "+") + Money(Math.Round(Math.Abs(pounds), 2, MidpointRounding.AwayFromZero));

    private static string Money(decimal pounds) => string.Create(CultureInfo.InvariantCulture, $"£{pounds:#,0.00##}");
}
