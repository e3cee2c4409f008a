using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Scoring;
using Sitrep.Events;

namespace Sitrep.Evaluation.Tests;

/// <summary>
/// Hand-made gold and prediction fixtures under Fixtures/. Predictions are written in the gold
/// format (NAME.pred.json) and turned into ConflictEvents, so each case is plain data.
/// </summary>
internal static class FixtureFiles
{
    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);

    public static GoldDocument Gold(string name) => Read(PathOf(name + ".gold.json"));

    public static IReadOnlyList<ConflictEvent> Predictions(string name) => GoldEventConverter.ToPredictions(Read(PathOf(name + ".pred.json")));

    public static DocumentEvaluation Score(string gold, string predictions) => EvaluationScorer.Score(Gold(gold), Predictions(predictions));

    private static GoldDocument Read(string path)
    {
        GoldReadResult result = GoldReader.Load(path);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Empty(result.Problems);
        return result.Document;
    }
}
