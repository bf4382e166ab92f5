using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;

namespace CareLedger.Data.Decisions;

/// <summary>
/// The decisions a settlement uses: the carried motions (gateway answers, inclusions, suspensions) and the recorded
/// corrections. Their fingerprint covers exactly what takes effect, so a pending motion or a rejected one does not
/// change a run, and a newly carried one or a new correction does.
/// </summary>
public sealed class RecordedDecisions : IDecisionInputs
{
    public async Task<DecisionSet> LoadAsync(LedgerTransaction transaction, OpenedVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(version);
        var (carried, corrections) = await InForceAsync(transaction, version.Version.ContractId, cancellationToken).ConfigureAwait(false);
        if (carried.Length == 0 && corrections.Count == 0)
        {
            return DecisionSet.None(version.Contract);
        }

        var contract = DecisionOverlay.Apply(version.Contract, carried);
        var paid = Typed(contract, corrections);
        return new DecisionSet(contract, FingerprintOf(carried, corrections), actuals => DecisionOverlay.Suspend(contract, actuals, carried) with { Corrections = [.. actuals.Corrections, .. paid] });
    }

    public async Task<string> FingerprintAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var (carried, corrections) = await InForceAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        return carried.Length == 0 && corrections.Count == 0 ? DecisionSet.NoDecisionsFingerprint : FingerprintOf(carried, corrections);
    }

    private static async Task<(Motion[] Carried, IReadOnlyList<RecordedCorrection> Corrections)> InForceAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken)
    {
        var motions = await BoardDecisions.MotionsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var corrections = await Corrections.ListAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        return ([.. motions.Where(motion => motion.Status == MotionStatus.Carried)], corrections);
    }

    private static string FingerprintOf(IEnumerable<Motion> carried, IEnumerable<RecordedCorrection> corrections) =>
        Fingerprint.Combine([
            .. carried.Select(motion => $"motion:{motion.Id}:{motion.DecidedAt}"),
            .. corrections.Select(correction => $"correction:{correction.Id}"),
        ]);

    private static List<Correction> Typed(Contract contract, IReadOnlyList<RecordedCorrection> corrections)
    {
        var typed = new List<Correction>();
        foreach (var correction in corrections)
        {
            // A correction was checked against the version current when recorded; one whose period a later version's
            // term no longer has is left out rather than paid somewhere it was not meant for.
            if (!contract.Term.Calendar.TryParse(correction.Period, out var period, out _))
            {
                continue;
            }

            typed.Add(new Correction(
                period!,
                Id<Party>.Of(correction.FromParty),
                Id<Party>.Of(correction.ToParty),
                Money.FromMinorUnits(correction.AmountMinor, contract.Currency),
                correction.Reason,
                correction.Corrects,
                new SourceRef("ledger", $"corrections[{correction.Sequence}]", 0, 0)));
        }

        return typed;
    }
}
