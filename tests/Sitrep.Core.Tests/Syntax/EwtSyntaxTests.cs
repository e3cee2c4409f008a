using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Models;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Syntax;

public class EwtSyntaxTests
{
    [SharedDataFact("data", "ud_english_ewt")]
    public void Evaluate_EwtTest_MeetsAccuracyFloors()
    {
        string path = Path.Combine(RepoPaths.SharedPath("data", "ud_english_ewt")!, "en_ewt-ud-test.conllu");
        UdEvalResult result = new UdEvaluator(Sitrep.Tests.BundledResources.Resources.Language!).EvaluateFile(path);
        Assert.True(result.Scores is not null, result.Problem?.ToString());
        UdScores scores = result.Scores;
        // Floors sit just below what the committed models measured (see data/models/README.md).
        Assert.InRange(scores.UposAccuracy, 0.945, 1.0);
        Assert.InRange(scores.XposAccuracy, 0.94, 1.0);
        Assert.InRange(scores.LemmaAccuracy, 0.96, 1.0);
        Assert.InRange(scores.UasScore, 0.825, 1.0);
        Assert.InRange(scores.LasScore, 0.79, 1.0);
    }
}
