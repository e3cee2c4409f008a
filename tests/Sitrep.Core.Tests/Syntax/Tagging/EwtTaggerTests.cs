using Sitrep.Syntax.Evaluation;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Syntax.Tagging;

public class EwtTaggerTests
{
    [SharedDataFact("data", "ud_english_ewt")]
    public void Evaluate_EwtTest_MeetsTaggerAndLemmaFloors()
    {
        string path = Path.Combine(RepoPaths.SharedPath("data", "ud_english_ewt")!, "en_ewt-ud-test.conllu");
        UdEvalResult result = new UdEvaluator(Sitrep.Tests.BundledResources.Resources.Language!).EvaluateFile(path);
        Assert.True(result.Scores is not null, result.Problem?.ToString());
        // Floors sit just below what the committed tagger and lemmatizer measured (95.42, 94.86, 97.11; data/models/README.md).
        Assert.InRange(result.Scores.UposAccuracy, 0.952, 1.0);
        Assert.InRange(result.Scores.XposAccuracy, 0.946, 1.0);
        Assert.InRange(result.Scores.LemmaAccuracy, 0.970, 1.0);
    }
}
