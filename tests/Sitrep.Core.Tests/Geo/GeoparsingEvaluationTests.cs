using Sitrep.Geo;
using Sitrep.TestSupport;
using Xunit.Abstractions;

namespace Sitrep.Tests.Geo;

public class GeoparsingEvaluationTests(ITestOutputHelper output)
{
    [SharedDataFact("data", "geoparsing", "toponyms_flat.tsv")]
    public void Score_SharedGeoparsingCorpora_MeetsFloor()
    {
        var recognizer = new ToponymRecognizer(BundledResources.Instance, BundledResources.Resources.ToponymWords);
        IReadOnlyList<GeoparsingDocument> documents = GeoparsingCorpus.Load(RepoPaths.SharedPath("data", "geoparsing")!);
        var scores = new Dictionary<string, GeoparsingScore>();
        foreach (var corpus in documents.GroupBy(d => d.Corpus).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            GeoparsingScore score = GeoparsingScorer.Score(corpus.Key,
                corpus.Select(d => new GeoparsedDocument(d.Gold, recognizer.Recognize(d.Text))));
            scores[corpus.Key] = score;
            output.WriteLine(score.ToString());
        }
        foreach (GeoparsingScore score in scores.Values)
        {
            Assert.True(score.RecognitionRecall >= 0.60, score.ToString());
            Assert.True(score.AccuracyAt161Km >= 0.84, score.ToString());
        }
    }

    [Fact]
    public void Score_HandMadeDocument_CountsRecognitionAndDistance()
    {
        var gao = new Sitrep.Events.GeoPoint(16.27, -0.04);
        var gold = new[] { new GoldToponym(new(0, 3), "Gao", gao), new GoldToponym(new(10, 15), "Kidal", new(18.44, 1.41)) };
        var entry = new GazetteerEntry { Id = "x", Name = "Gao", AsciiName = "Gao", Kind = PlaceKind.City, CountryIso3 = "MLI", Point = new(16.30, -0.05) };
        var predicted = new[] { new PlaceMention(new(0, 3), "Gao") { Place = entry }, new PlaceMention(new(20, 24), "Mali") };

        GeoparsingScore score = GeoparsingScorer.Score("hand", [new GeoparsedDocument(gold, predicted)]);

        Assert.Equal((2, 2, 1), (score.Gold, score.Predicted, score.Recognised));
        Assert.Equal(0.5, score.RecognitionRecall);
        Assert.Equal(0.5, score.RecognitionPrecision);
        Assert.Equal(1.0, score.AccuracyAt161Km);
        Assert.True(score.MedianErrorKm < 5);
    }
}
