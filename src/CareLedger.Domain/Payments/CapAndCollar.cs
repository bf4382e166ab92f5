namespace CareLedger.Domain.Payments;

/// <summary>
/// The bounds a contract puts on what one mechanism can move for one party: the cap, the most it can add, and the
/// collar, the most it can take away (held as a positive amount). Either may be absent. Used by the volume
/// variance, patient choice and cost reimbursement (a cap, no collar).
/// </summary>
/// <remarks>
/// <para>A cap and a collar are money stated in the contract — an amount, or a rate of a named basis such as the
/// planned value — so each is resolved to the penny once, by <see cref="Limit.Resolve"/>, when the mechanism
/// settles (<see cref="Resolve"/>). What they hold is a payment, so it too is in whole pennies: a mechanism rounds
/// its exact amount once, at its own named point, and then holds it (<see cref="Hold(Money, RoundingRule)"/> does
/// both). Because the bounds are whole pennies and rounding never changes the order of two amounts, holding the exact
/// amount and then rounding gives the same penny as rounding and then holding, for either tie rule; the volume
/// variance's result is the same either way.</para>
/// <para>Holding the rounded amount is what lets patient choice stay exact: its pool is rounded once and
/// apportioned among gainers and losers (largest remainder) so the group nets to zero, and the bounds then hold each
/// provider's part in pennies. Holding each provider's exact movement and rounding each would leave the group a
/// few pennies from zero.</para>
/// </remarks>
public sealed record CapAndCollar
{
    /// <param name="cap">The most that can be added, in whole minor units, not negative; null for no cap.</param>
    /// <param name="collar">The most that can be taken away, as a positive amount in whole minor units; null for no collar.</param>
    public CapAndCollar(Money? cap, Money? collar)
    {
        Cap = Checked(cap, nameof(cap));
        Collar = Checked(collar, nameof(collar));
        if (cap is { } top && collar is { } bottom && top.Currency != bottom.Currency)
        {
            throw new ArgumentException($"A cap in {top.Currency} and a collar in {bottom.Currency} cannot bound one amount.", nameof(collar));
        }
    }

    /// <summary>No bounds: every amount is held as it is.</summary>
    public static CapAndCollar None { get; } = new(null, null);

    /// <summary>The most that can be added; null for no cap.</summary>
    public Money? Cap { get; }

    /// <summary>The most that can be taken away, as a positive amount; null for no collar.</summary>
    public Money? Collar { get; }

    /// <summary>
    /// The contract's cap and collar resolved to the penny against a basis (an amount stands; a rate is rate × basis,
    /// rounded with <paramref name="rounding"/>). The basis is a planned value, never negative.
    /// </summary>
    public static CapAndCollar Resolve(Limit? cap, Limit? collar, Money basis, RoundingRule rounding) =>
        cap is null && collar is null ? None : new(cap?.Resolve(basis, rounding), collar?.Resolve(basis, rounding));

    /// <summary>
    /// The amount held at most the cap and at least minus the collar. The amount must be whole minor units: round it
    /// at its named point first (or use <see cref="Hold(Money, RoundingRule)"/>).
    /// </summary>
    public Money Hold(Money amount)
    {
        if (!amount.IsWholeMinorUnits)
        {
            throw new InvalidOperationException($"{amount.ToPlainString()} is not a whole number of minor units; round it before holding it between the cap and collar.");
        }

        if (Cap is { } cap && amount > cap)
        {
            return cap;
        }

        if (Collar is { } collar && amount < -collar)
        {
            return -collar;
        }

        return amount;
    }

    /// <summary>Rounds an exact amount once to the minor unit with <paramref name="rounding"/>, then holds it.</summary>
    public Money Hold(Money exact, RoundingRule rounding) => Hold(exact.Round(rounding));

    /// <summary>Whether holding changes the amount: it is above the cap or below minus the collar.</summary>
    public bool Binds(Money amount) => (Cap is { } cap && amount > cap) || (Collar is { } collar && amount < -collar);

    /// <summary>e.g. <c>cap £500,000.00, collar £250,000.00</c>, <c>cap £600,000.00, no collar</c>, <c>no cap or collar</c>.</summary>
    public override string ToString() => (Cap, Collar) switch
    {
        (null, null) => "no cap or collar",
        ({ } cap, null) => $"cap {cap}, no collar",
        (null, { } collar) => $"no cap, collar {collar}",
        ({ } cap, { } collar) => $"cap {cap}, collar {collar}",
    };

    private static Money? Checked(Money? bound, string name)
    {
        if (bound is not { } value)
        {
            return null;
        }

        if (value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(name, value, "A cap or collar is a positive amount (the collar is how much can be taken away).");
        }

        if (!value.IsWholeMinorUnits)
        {
            throw new ArgumentOutOfRangeException(name, value, "A cap or collar is resolved to the penny before it bounds anything.");
        }

        return value;
    }
}
