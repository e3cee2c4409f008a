using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Reporting;
using Sitrep.TestSupport;

namespace Sitrep.Evaluation.Tests;

public class SharedDevCorpusTests
{
    [SharedDataFact("eval", "dev")]
    public void Run_DevGoldAgainstItself_LoadsCleanAndScoresOne()
    {
        string dev = RepoPaths.SharedPath("eval", "dev")!;

        EvaluationReport report = EvaluationRunner.Run(dev, article =>
        {
            GoldReadResult gold = GoldReader.Load(EvaluationRunner.GoldPathFor(article));
            Assert.True(gold.Succeeded, string.Join(Environment.NewLine, gold.Problems));
            return GoldEventConverter.ToPredictions(gold.Document);
        });

        Assert.Empty(report.Problems);
        Assert.Equal(Directory.GetFiles(dev, "*.gold.json").Length, report.Documents.Length);
        Assert.Equal(1.0, report.F1);
        Assert.Equal(0, report.Totals.FalsePositives);
        Assert.All(report.Fields.Scores, f => Assert.Equal(f.Total, f.Agree));
    }
}
