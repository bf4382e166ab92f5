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
internal sealed class VolumeTerm
{
    private readonly int _payee;
    private readonly int[] _assumptions;
    private readonly decimal[][] _plannedByAssumption;
    private readonly decimal[] _planned;
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
    }

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
    public bool Settle(int yearIndex, decimal[] multipliers, CommissionerPayments commissioners, YearTotals totals, long[] outflow)
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
        var beyond = Math.Max(0m, Math.Abs(variance) - band) * Math.Sign(variance);
        var exact = beyond * (beyond >= 0 ? _above : _below);
        var earned = new Money(exact, _currency).Round(_rounding).ToMinorUnits();
        var paid = Math.Clamp(earned, _collar[yearIndex], _cap[yearIndex]);
        commissioners.Pay(_payee, StatementElement.Variable, paid, totals, outflow);
        return paid != earned;
    }

    public int Payee => _payee;

    /// <summary>True when the mechanism has a cap or a collar in some year, so one can be reached.</summary>
    public bool Bounded => _cap.Any(cap => cap != long.MaxValue) || _collar.Any(collar => collar != long.MinValue);
}
