using Sitrep.Errors;
using Sitrep.Evaluation.Floor;
using Sitrep.Evaluation.Reporting;
using Sitrep.Evaluation.Scoring;
using Sitrep.TestSupport;

namespace Sitrep.Evaluation.Tests.Floor;

public class EvaluationFloorTests
{
    [Fact]
    public void Load_CommittedFloor_Valid()
    {
        FloorReadResult result = EvaluationFloor.Load(RepoPaths.InRepo("eval", "floor.json"));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.InRange(result.Floor.F1, 0, 1);
        Assert.False(string.IsNullOrWhiteSpace(result.Floor.Note));
    }

    [Theory]
    [InlineData("own")]
    [InlineData("fresh")]
    [InlineData("blind2")]
    public void Load_InRepoCorpusFloor_Valid(string corpus)
    {
        FloorReadResult result = EvaluationFloor.Load(RepoPaths.InRepo("eval", corpus, "floor.json"));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.InRange(result.Floor.F1, 0, 1);
        Assert.False(string.IsNullOrWhiteSpace(result.Floor.Note));
    }

    [Fact]
    public void Parse_Valid_FloorAndNote()
    {
        FloorReadResult result = EvaluationFloor.Parse("""{"f1": 0.42, "note": "first extractor"}""", "floor.json");

        Assert.True(result.Succeeded);
        Assert.Equal(0.42, result.Floor.F1);
        Assert.Equal("first extractor", result.Floor.Note);
    }

    [Theory]
    [InlineData("""{"note": "no f1"}""")]
    [InlineData("""{"f1": "0.5"}""")]
    [InlineData("""{"f1": 1.5}""")]
    [InlineData("""{"f1": """)]
    public void Parse_Malformed_MalformedFloor(string json)
    {
        FloorReadResult result = EvaluationFloor.Parse(json, "floor.json");

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.MalformedFloor, Assert.Single(result.Problems).Code);
    }

    [Theory]
    [InlineData(0.5, false)]
    [InlineData(0.6667, false)]
    [InlineData(0.7, true)]
    public void Check_ReportF1TwoThirds_BelowOnlyWhenFloorHigher(double floor, bool below)
    {
        // tp 1, fp 0, fn 1: precision 1, recall 0.5, F1 0.6666…, printed as 0.6667.
        var report = new EvaluationReport([Document(new PrecisionRecall(1, 0, 1))], []);

        FloorCheck check = new EvaluationFloor(floor).Check(report);

        Assert.Equal(below, check.BelowFloor);
        Assert.Equal(0.6667, check.F1);
    }

    private static DocumentEvaluation Document(PrecisionRecall score) => new()
    {
        Doc = "x.txt",
        Score = score,
        BackgroundCodedAsNew = 0,
        Fields = FieldAgreement.Empty,
        Pairs = [],
        FalsePositives = [],
        FalseNegatives = [],
    };
}
