using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>A gold toponym of a geoparsing corpus: where it is in the text and where it is on Earth.</summary>
public sealed record GoldToponym(Span Span, string Surface, GeoPoint Point);

/// <summary>One document's gold toponyms and the places the system found in it.</summary>
public sealed record GeoparsedDocument(IReadOnlyList<GoldToponym> Gold, IReadOnlyList<PlaceMention> Predicted);

/// <summary>
/// Geoparsing scores in the usual form (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation"):
/// recognition by span overlap, and over recognised toponyms the share resolved within 161 km
/// (100 miles), the median error and the area under the log-error curve (lower is better).
/// An unresolved recognised toponym counts with the largest possible error.
/// </summary>
public sealed record GeoparsingScore
{
    public required string Corpus { get; init; }
    public int Documents { get; init; }
    public int Gold { get; init; }
    public int Predicted { get; init; }
    public int Recognised { get; init; }
    public double RecognitionRecall { get; init; }
    public double RecognitionPrecision { get; init; }
    public double AccuracyAt161Km { get; init; }
    public double MedianErrorKm { get; init; }
    public double AucOfError { get; init; }

    public override string ToString() =>
        $"{Corpus}: docs {Documents}, gold {Gold}, predicted {Predicted}, recognition P {RecognitionPrecision:F3} R {RecognitionRecall:F3}; " +
        $"on {Recognised} recognised: acc@161km {AccuracyAt161Km:F3}, median error {MedianErrorKm:F1} km, AUC {AucOfError:F3}";
}

public static class GeoparsingScorer
{
    /// <summary>Half the Earth's circumference: the error charged for a toponym left unresolved.</summary>
    public const double MaxErrorKm = 20038;

    public static GeoparsingScore Score(string corpus, IEnumerable<GeoparsedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int docs = 0, gold = 0, predicted = 0, truePredicted = 0;
        var errors = new List<double>();
        foreach (GeoparsedDocument document in documents)
        {
            docs++;
            gold += document.Gold.Count;
            predicted += document.Predicted.Count;
            truePredicted += document.Predicted.Count(p => document.Gold.Any(g => g.Span.Overlaps(p.Span)));
            foreach (GoldToponym toponym in document.Gold)
            {
                PlaceMention? match = document.Predicted.FirstOrDefault(p => p.Span.Overlaps(toponym.Span));
                if (match is null) continue;
                errors.Add(match.Place is GazetteerEntry place ? place.Point.DistanceKm(toponym.Point) : MaxErrorKm);
            }
        }
        errors.Sort();
        return new GeoparsingScore
        {
            Corpus = corpus, Documents = docs, Gold = gold, Predicted = predicted, Recognised = errors.Count,
            RecognitionRecall = Ratio(errors.Count, gold),
            RecognitionPrecision = Ratio(truePredicted, predicted),
            AccuracyAt161Km = Ratio(errors.Count(e => e <= 161), errors.Count),
            MedianErrorKm = errors.Count == 0 ? 0 : errors.Count % 2 == 1 ? errors[errors.Count / 2] : (errors[errors.Count / 2 - 1] + errors[errors.Count / 2]) / 2,
            AucOfError = errors.Count == 0 ? 0 : errors.Average(e => Math.Log(e + 1) / Math.Log(MaxErrorKm + 1)),
        };
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
