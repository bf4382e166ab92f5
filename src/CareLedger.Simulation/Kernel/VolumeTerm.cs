using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Variable;

namespace CareLedger.Simulation.Kernel;

/// <summary>
/// The year-end volume variance (<see cref="VolumeVarianceRule"/>) compiled for one mechanism and provider. The planned
/// value at price, the cap and the collar do not depend on a draw, so they are worked out once per year; so is each
/// activity assumption's planned value at price over the provider's cells in scope (PVₐ). A simulated year then needs
/// only actual value = Σₐ mₐ × PVₐ, which is exactly the engine's Σ cells (planned × mₐ) × price: decimal products and
/// sums of these sizes (under 20 significant digits) are exact, so regrouping them changes no digit. From there it is
/// the rule's own arithmetic: the variance beyond the dead-band × the rate for its sign, rounded once to the penny with
/// the contract's rule and held between the collar and the cap.
/// </summary>
/// <remarks>
/// The sum is taken in whole numbers: mₐ has six decimal places and PVₐ four (plan to hundredths × price in pence), so
/// Σₐ (mₐ × 10⁶)(PVₐ × 10⁴) is the actual value in units of 10⁻¹⁰ exactly, in 128 bits, and so are the plan and the
/// dead-band. Only the variance beyond the band goes back to decimal, for the rate and the rounding. Where a year's
/// figures have more places than that (a mechanism's own unit price in fractions of a penny, a dead-band of more than
/// six places) the year is summed in decimal as above.
/// </remarks>
internal sealed class VolumeTerm
{
    private readonly int _payee;
    private readonly int[] _assumptions;
    private readonly decimal[][] _plannedByAssumption;
    private readonly decimal[] _planned;

    // Per year, the same figures in units of 10⁻¹⁰ (null: that year is summed in decimal).
    private readonly long[]?[] _plannedByAssumptionUnits;
    private readonly Int128[] _plannedUnits;
    private readonly Int128[] _bandUnits;
    private readonly long[] _cap;
    private readonly long[] _collar;
    private readonly decimal? _deadBand;
    private readonly decimal _above;
    private readonly decimal _below;
    private readonly Currency _currency;
    private readonly RoundingRule _rounding;

    private VolumeTerm(int payee, int[] assumptions, decimal[][] plannedByAssumption, decimal[] planned, long[] cap, long[] collar, VolumeMechanism mechanism, Contract contract)
    {
        _payee = payee;
        _assumptions = assumptions;
        _plannedByAssumption = plannedByAssumption;
        _planned = planned;
        _cap = cap;
        _collar = collar;
        _deadBand = mechanism.DeadBand?.Fraction;
        _above = mechanism.AboveRate.Fraction;
        _below = mechanism.BelowRate.Fraction;
        _currency = contract.Currency;
        _rounding = contract.Rounding;
        _aboveDigits = RateDigits.Of(_above);
        _belowDigits = RateDigits.Of(_below);
        _plannedByAssumptionUnits = new long[]?[planned.Length];
        _plannedUnits = new Int128[planned.Length];
        _bandUnits = new Int128[planned.Length];
        for (var y = 0; y < planned.Length; y++)
        {
            var band = _deadBand is { } deadBand ? planned[y] * deadBand : 0m;
            var units = plannedByAssumption[y].Select(value => value * 10_000m).ToArray();
            if (units.All(IsWhole) && IsWhole(band * Scale))
            {
                _plannedByAssumptionUnits[y] = units.Select(value => (long)value).ToArray();
                _plannedUnits[y] = (Int128)(planned[y] * 10_000m) * 1_000_000;
                _bandUnits[y] = (Int128)(band * Scale);
            }
        }
    }

    private const decimal Scale = 10_000_000_000m;

    private static readonly Int128 MostDigits = Int128.Parse("10000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);

    private readonly RateDigits _aboveDigits;
    private readonly RateDigits _belowDigits;

    /// <summary>
    /// A rate as a whole number of digits and what divides (variance in 10⁻¹⁰ × digits) down to pennies; the largest
    /// variance whose product keeps within decimal's 28 digits.
    /// </summary>
    private readonly record struct RateDigits(Int128 Digits, Int128 ToPennies, Int128 Most)
    {
        public static RateDigits Of(decimal rate)
        {
            var places = rate.Scale;
            var digits = (Int128)(rate * Pow10(places));
            var toPennies = (Int128)Pow10(8) * (Int128)Pow10(places);
            return new RateDigits(Int128.Abs(digits), toPennies, digits == 0 ? Int128.MaxValue / 2 : MostDigits / Int128.Abs(digits));
        }

        private static decimal Pow10(int places)
        {
            var value = 1m;
            for (var i = 0; i < places; i++)
            {
                value *= 10m;
            }

            return value;
        }
    }

    // Whole, and small enough (under £10¹⁴ at four places) that a sum of products with millionths stays far inside 128 bits.
    private static bool IsWhole(decimal value) => value == decimal.Truncate(value) && Math.Abs(value) < 1e18m;

    /// <summary>One term per volume mechanism and payable provider with activity in its scope, in the rule's order.</summary>
    public static IEnumerable<VolumeTerm> Compile(SimulationPlan plan)
    {
        var contract = plan.Contract;
        var years = plan.Years;
        foreach (var mechanism in contract.Payment.Variable?.Mechanisms.OfType<VolumeMechanism>() ?? [])
        {
            foreach (var provider in contract.Parties.Where(party => party.IsPayable))
            {
                var cells = plan.Model.Cells.Where(cell => cell.Provider == provider.Id && mechanism.Scope.Matches(cell.ServiceLine, cell.Provider)).ToArray();
                if (cells.Length == 0)
                {
                    continue;
                }

                var assumptions = cells.Select(cell => cell.Assumption).Distinct().Order().ToArray();
                var byAssumption = new decimal[years][];
                var planned = new decimal[years];
                var cap = new long[years];
                var collar = new long[years];
                for (var y = 0; y < years; y++)
                {
                    byAssumption[y] = new decimal[assumptions.Length];
                    foreach (var cell in cells)
                    {
                        var value = cell.PlannedByYear[y] * (mechanism.UnitPrice ?? cell.PriceByYear[y]).Amount;
                        byAssumption[y][Array.IndexOf(assumptions, cell.Assumption)] += value;
                        planned[y] += value;
                    }

                    var bounds = CapAndCollar.Resolve(mechanism.Cap, mechanism.Collar, new Money(planned[y], contract.Currency).Round(contract.Rounding), contract.Rounding);
                    cap[y] = bounds.Cap?.ToMinorUnits() ?? long.MaxValue;
                    collar[y] = bounds.Collar is { } c ? -c.ToMinorUnits() : long.MinValue;
                }

                yield return new VolumeTerm(plan.Parties[contract.PayeeFor(provider.Id)], assumptions, byAssumption, planned, cap, collar, mechanism, contract);
            }
        }
    }

    /// <summary>Pays the year's variance; returns true when the cap or collar held it.</summary>
    /// <param name="micros">The multipliers in millionths; null when some is too large for them (the year is summed in decimal).</param>
    public bool Settle(int yearIndex, decimal[] multipliers, long[]? micros, CommissionerPayments commissioners, YearTotals totals, long[] outflow)
    {
        long earned;
        if (_plannedByAssumptionUnits[yearIndex] is { } units && micros is not null && EarnedInUnits(yearIndex, units, micros) is { } inUnits)
        {
            earned = inUnits;
        }
        else
        {
            var beyond = BeyondInDecimal(yearIndex, multipliers);
            var exact = beyond * (beyond >= 0 ? _above : _below);
            earned = new Money(exact, _currency).Round(_rounding).ToMinorUnits();
        }

        var paid = Math.Clamp(earned, _collar[yearIndex], _cap[yearIndex]);
        commissioners.Pay(_payee, StatementElement.Variable, paid, totals, outflow);
        return paid != earned;
    }

    /// <summary>
    /// The amount earned in pennies, all in whole numbers: the variance beyond the dead-band in units of 10⁻¹⁰ × the
    /// rate's digits, rounded once to the penny with the contract's rule. Null when the product has more than 28
    /// digits, where decimal (and so the rule) would round it first: that year is worked in decimal.
    /// </summary>
    private long? EarnedInUnits(int yearIndex, long[] units, long[] micros)
    {
        // Each product is under 10¹⁸ × 10¹² and there are few of them, so the sum cannot overflow 128 bits.
        Int128 actual = 0;
        for (var a = 0; a < _assumptions.Length; a++)
        {
            actual = unchecked(actual + Math.BigMul(units[a], micros[_assumptions[a]]));
        }

        var variance = actual - _plannedUnits[yearIndex];
        var magnitude = Int128.Max(0, Int128.Abs(variance) - _bandUnits[yearIndex]);
        if (magnitude == 0)
        {
            return 0;
        }

        var rate = variance > 0 ? _aboveDigits : _belowDigits;
        if (magnitude > rate.Most)
        {
            return null;
        }

        var pennies = RoundToPennies(magnitude * rate.Digits, rate.ToPennies);
        return variance > 0 ? pennies : -pennies;
    }

    /// <summary>value ÷ divisor to a whole number of pennies with the contract's rule for halves (value is never negative).</summary>
    private long RoundToPennies(Int128 value, Int128 divisor)
    {
        var (quotient, remainder) = Int128.DivRem(value, divisor);
        var twice = remainder * 2;
        var up = twice > divisor || (twice == divisor && (_rounding == RoundingRule.HalfUp || !Int128.IsEvenInteger(quotient)));
        return (long)(up ? quotient + 1 : quotient);
    }

    private decimal BeyondInDecimal(int yearIndex, decimal[] multipliers)
    {
        var byAssumption = _plannedByAssumption[yearIndex];
        var actual = 0m;
        for (var a = 0; a < _assumptions.Length; a++)
        {
            actual += multipliers[_assumptions[a]] * byAssumption[a];
        }

        var planned = _planned[yearIndex];
        var variance = actual - planned;
        var band = _deadBand is { } deadBand ? planned * deadBand : 0m;
        return Math.Max(0m, Math.Abs(variance) - band) * Math.Sign(variance);
    }

    public int Payee => _payee;

    /// <summary>True when the mechanism has a cap or a collar in some year, so one can be reached.</summary>
    public bool Bounded => _cap.Any(cap => cap != long.MaxValue) || _collar.Any(collar => collar != long.MinValue);
}
