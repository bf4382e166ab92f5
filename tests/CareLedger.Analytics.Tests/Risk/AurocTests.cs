using CareLedger.Analytics.Risk;

namespace CareLedger.Analytics.Tests.Risk;

public sealed class AurocTests
{
    [Fact]
    public void Auroc_is_the_share_of_admitted_and_not_admitted_pairs_ranked_rightly_with_ties_counting_half()
    {
        // Admitted scores 0.9 and 0.4; not admitted 0.4 and 0.1. Pairs: (0.9, 0.4) right, (0.9, 0.1) right,
        // (0.4, 0.4) a tie, a half, (0.4, 0.1) right: 3.5 of 4 = 0.875.
        var auroc = Auroc.Of([0.9, 0.4, 0.4, 0.1], [true, true, false, false]);

        Assert.Equal(0.875, auroc, 12);
    }

    [Fact]
    public void A_score_that_says_nothing_has_an_auroc_of_a_half_and_a_perfect_one_of_one()
    {
        Assert.Equal(0.5, Auroc.Of([1, 1, 1, 1], [true, false, true, false]), 12);
        Assert.Equal(1.0, Auroc.Of([4, 3, 2, 1], [true, true, false, false]), 12);
        Assert.Equal(0.0, Auroc.Of([1, 2, 3, 4], [true, true, false, false]), 12);
    }

    [Fact]
    public void Logistic_regression_recovers_the_coefficients_it_was_given()
    {
        // y ~ Bernoulli(sigmoid(−1 + 2x)) with x on a fine grid and outcomes set so each x's share admitted is exact:
        // 1,000 people at each of 21 points, round(1,000 × p) of them admitted. The fit recovers −1 and 2 closely.
        var features = new List<double[]>();
        var outcomes = new List<bool>();
        for (var step = 0; step <= 20; step++)
        {
            var x = (step - 10) / 5.0;
            var admitted = (int)Math.Round(1_000 * LogisticRegression.Sigmoid(-1 + (2 * x)));
            for (var person = 0; person < 1_000; person++)
            {
                features.Add([1.0, x]);
                outcomes.Add(person < admitted);
            }
        }

        var fit = LogisticRegression.Fit(features, outcomes, penalty: 0);

        Assert.Equal(-1.0, fit.Coefficients[0], 2);
        Assert.Equal(2.0, fit.Coefficients[1], 2);
    }
}
