namespace CareLedger.Analytics.Risk;

/// <summary>
/// The area under the ROC curve: the chance that a person admitted scores above one who was not (ties count a half),
/// worked out from ranks (the Mann–Whitney statistic), with tied scores given their average rank.
/// </summary>
public static class Auroc
{
    public static double Of(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(outcomes);
        var order = Enumerable.Range(0, scores.Count).ToArray();
        Array.Sort(order, (a, b) => scores[a].CompareTo(scores[b]));
        double positives = 0, positiveRanks = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            // Ranks start + 1 … end + 1 share their average.
            var rank = (start + end + 2) / 2.0;
            for (var i = start; i <= end; i++)
            {
                if (outcomes[order[i]])
                {
                    positives++;
                    positiveRanks += rank;
                }
            }

            start = end + 1;
        }

        var negatives = order.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException("AUROC needs people with and without the outcome.", nameof(outcomes));
        }

        return (positiveRanks - (positives * (positives + 1) / 2.0)) / (positives * negatives);
    }
}
