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
        var contractId = version.Version.ContractId;
        var motions = await BoardDecisions.MotionsAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var carried = motions.Where(motion => motion.Status == MotionStatus.Carried).ToArray();
        var corrections = await Corrections.ListAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        if (carried.Length == 0 && corrections.Count == 0)
        {
            return DecisionSet.None(version.Contract);
        }

        var contract = DecisionOverlay.Apply(version.Contract, carried);
        var paid = Typed(contract, corrections);
        var fingerprint = Fingerprint.Combine([
            .. carried.Select(motion => $"motion:{motion.Id}:{motion.DecidedAt}"),
            .. corrections.Select(correction => $"correction:{correction.Id}"),
        ]);
        return new DecisionSet(contract, fingerprint, actuals => DecisionOverlay.Suspend(contract, actuals, carried) with { Corrections = [.. actuals.Corrections, .. paid] });
    }

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
