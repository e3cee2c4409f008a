using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Matching;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Tests.Scoring;

public class EvaluationScorerTests
{
    [Fact]
    public void Score_GoldAgainstItself_PerfectScores()
    {
        GoldDocument gold = FixtureFiles.Gold("base");

        DocumentEvaluation result = EvaluationScorer.Score(gold, GoldEventConverter.ToPredictions(gold));

        Assert.Equal(new PrecisionRecall(2, 0, 0), result.Score);
        Assert.Equal(1.0, result.Score.F1);
        Assert.Equal(3, result.Pairs.Length);
        Assert.All(result.Fields.Scores, f => Assert.Equal(f.Total, f.Agree));
    }

    [Fact]
    public void Score_NoPredictions_RecallZero()
    {
        DocumentEvaluation result = EvaluationScorer.Score(FixtureFiles.Gold("base"), []);

        Assert.Equal(new PrecisionRecall(0, 0, 2), result.Score);
        Assert.Equal(0.0, result.Score.Recall);
        Assert.Equal(0.0, result.Score.F1);
    }

    [Fact]
    public void Score_DateOneDayOff_Matches()
    {
        DocumentEvaluation result = FixtureFiles.Score("base", "date-one-day-off");

        PairedEvent pair = Assert.Single(result.Pairs);
        Assert.Equal("e1", pair.Gold.Id);
        Assert.False(pair.Fields.Single(f => f.Field == FieldComparer.DateStart).Agrees);
    }

    [Fact]
    public void Score_DateTwoDaysOff_NoMatch()
    {
        DocumentEvaluation result = FixtureFiles.Score("base", "date-two-days-off");

        Assert.Empty(result.Pairs);
        FalsePositive miss = Assert.Single(result.FalsePositives);
        Assert.Equal("e1", miss.Nearest?.Id);
        Assert.Equal(MismatchKind.DateOff, Assert.Single(miss.Nearest!.Reasons).Kind);
        Assert.Contains("date off by 2 days", miss.Nearest.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("regime")]
    [InlineData("regime-2015")]
    public void Score_GoldActorWithRegimePeriod_MatchesPlainName(string fixture)
    {
        DocumentEvaluation result = FixtureFiles.Score(fixture, fixture);

        Assert.Equal(new PrecisionRecall(1, 0, 0), result.Score);
        Assert.True(result.Pairs[0].Fields.Single(f => f.Field == FieldComparer.Actor1).Agrees);
    }

    [Fact]
    public void Score_OptionalGoldMissed_CostsNoRecall()
    {
        DocumentEvaluation result = FixtureFiles.Score("base", "required-only");

        Assert.Equal(new PrecisionRecall(2, 0, 0), result.Score);
        Assert.Empty(result.FalseNegatives);
    }

    [Fact]
    public void Score_PredictionMatchingOptionalGold_NotFalsePositive()
    {
        DocumentEvaluation result = FixtureFiles.Score("base", "with-optional");

        Assert.Equal(new PrecisionRecall(2, 0, 0), result.Score);
        Assert.Contains(result.Pairs, p => p.Gold.Id == "e3" && !p.IsTruePositive);
    }

    [Fact]
    public void Score_RequiredAndOptionalTie_RequiredWins()
    {
        DocumentEvaluation result = FixtureFiles.Score("tie", "tie");

        Assert.Equal("e2", Assert.Single(result.Pairs).Gold.Id);
        Assert.Equal(new PrecisionRecall(1, 0, 0), result.Score);
    }

    [Fact]
    public void Score_Place60KmAwayOtherName_NoMatch()
    {
        DocumentEvaluation result = FixtureFiles.Score("place", "place-60km-other-name");

        Assert.Equal(new PrecisionRecall(0, 1, 1), result.Score);
        Mismatch reason = Assert.Single(result.FalsePositives[0].Nearest!.Reasons);
        Assert.Equal(MismatchKind.PlaceTooFar, reason.Kind);
        Assert.StartsWith("place 60 km away", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Place60KmAwaySameName_Matches()
    {
        DocumentEvaluation result = FixtureFiles.Score("place", "place-60km-same-name");

        PairedEvent pair = Assert.Single(result.Pairs);
        Assert.False(pair.Fields.Single(f => f.Field == FieldComparer.Location).Agrees);
    }

    [Fact]
    public void Score_Admin1GoldAndSameAdmin1_Matches() =>
        Assert.Equal(new PrecisionRecall(1, 0, 0), FixtureFiles.Score("admin1", "admin1-same-state").Score);

    [Fact]
    public void Score_Admin1GoldAndOtherAdmin1_NoMatch() =>
        Assert.Equal(new PrecisionRecall(0, 1, 1), FixtureFiles.Score("admin1", "admin1-other-state").Score);

    [Fact]
    public void Score_TwoPredictionsForOneGold_OneTruePositiveOneFalsePositive()
    {
        DocumentEvaluation result = FixtureFiles.Score("base", "duplicate");

        Assert.Equal(new PrecisionRecall(1, 1, 1), result.Score);
        Assert.Equal("p1", result.Pairs[0].Predicted.Id);
        FalsePositive extra = Assert.Single(result.FalsePositives);
        Assert.Equal("p2", extra.Predicted.Id);
        Assert.Equal(MismatchKind.AlreadyPaired, extra.Nearest!.Reasons[0].Kind);
    }

    [Fact]
    public void Score_BackgroundGoldReportedAsNew_Counted()
    {
        DocumentEvaluation result = FixtureFiles.Score("base", "background-as-new");

        Assert.Equal(1, result.BackgroundCodedAsNew);
        Assert.Equal(new PrecisionRecall(2, 0, 0), result.Score);
        Assert.Equal(2, result.Fields[FieldComparer.Background].Agree);
    }

    [Fact]
    public void Score_BackgroundGoldFlaggedAsBackground_NotCounted() =>
        Assert.Equal(0, FixtureFiles.Score("base", "with-optional").BackgroundCodedAsNew);

    [Fact]
    public void Score_EachFailedCondition_ReasonOfItsKind()
    {
        DocumentEvaluation result = FixtureFiles.Score("base", "reasons");

        var reasons = result.FalsePositives.ToDictionary(f => f.Predicted.Id, f => f.Nearest!.Reasons.Select(r => r.Kind).ToList());
        Assert.Equal([MismatchKind.WrongType], reasons["p-type"]);
        Assert.Equal([MismatchKind.DateOff], reasons["p-date"]);
        Assert.Equal([MismatchKind.DifferentCountry], reasons["p-country"]);
        Assert.Equal([MismatchKind.PlaceTooFar], reasons["p-far"]);
        Assert.Equal([MismatchKind.NoCommonActor], reasons["p-actor"]);
    }
}
