using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Tests.Scoring;

public class PrecisionRecallTests
{
    [Fact]
    public void Scores_Counts_UsualFormulas()
    {
        var score = new PrecisionRecall(2, 2, 1);

        Assert.Equal(0.5, score.Precision);
        Assert.Equal(2.0 / 3, score.Recall, 12);
        Assert.Equal(4.0 / 7, score.F1, 12);
    }

    [Fact]
    public void Scores_NothingPredictedNothingRequired_AllOne()
    {
        Assert.Equal(1.0, PrecisionRecall.Zero.Precision);
        Assert.Equal(1.0, PrecisionRecall.Zero.Recall);
        Assert.Equal(1.0, PrecisionRecall.Zero.F1);
    }

    [Fact]
    public void Scores_OnlyFalsePositives_RecallOneF1Zero()
    {
        var score = new PrecisionRecall(0, 3, 0);

        Assert.Equal(0.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Add_TwoDocuments_CountsSummed() =>
        Assert.Equal(new PrecisionRecall(3, 1, 2), new PrecisionRecall(1, 1, 0) + new PrecisionRecall(2, 0, 2));
}
