using Sitrep.Documents;

namespace Sitrep.Time.Evaluation;

/// <summary>
/// Span and value agreement of a tagger with TIMEX3 gold, as TempEval-3 reports it: strict
/// (identical spans) and relaxed (overlapping spans) precision/recall/F1, and value accuracy over
/// the relaxed matches (value F1 counts a match only when its value is right too).
/// </summary>
public sealed record TimexScore(int Gold, int Predicted, int StrictMatches, int RelaxedMatches, int ValueCorrect, int TypeCorrect)
{
    public double StrictPrecision => Ratio(StrictMatches, Predicted);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, Predicted);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);
    public double ValueF1 => F1(Ratio(ValueCorrect, Predicted), Ratio(ValueCorrect, Gold));
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public override string ToString() =>
        $"gold {Gold}, predicted {Predicted}; strict P/R/F1 {StrictPrecision:F3}/{StrictRecall:F3}/{StrictF1:F3}; " +
        $"relaxed P/R/F1 {RelaxedPrecision:F3}/{RelaxedRecall:F3}/{RelaxedF1:F3}; value accuracy {ValueAccuracy:F3} (value F1 {ValueF1:F3}); type accuracy {TypeAccuracy:F3}";

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>Scores a <see cref="TemporalTagger"/> against TempEval-3 documents, anchoring each at its creation date.</summary>
public static class TimexEvaluator
{
    public static TimexScore Score(TemporalTagger tagger, IEnumerable<TempEvalDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(documents);
        int gold = 0, predicted = 0, strict = 0, relaxed = 0, values = 0, types = 0;
        foreach (TempEvalDocument doc in documents)
        {
            var mentions = tagger.Tag(doc.Text, doc.CreationDate, cancellationToken);
            gold += doc.Gold.Length;
            predicted += mentions.Length;
            var used = new bool[mentions.Length];
            foreach (GoldTimex g in doc.Gold)
            {
                int best = -1;
                for (int i = 0; i < mentions.Length; i++)
                {
                    if (used[i] || !mentions[i].Span.Overlaps(g.Span)) continue;
                    if (best < 0 || mentions[i].Span == g.Span) best = i;
                }
                if (best < 0) continue;
                used[best] = true;
                relaxed++;
                if (mentions[best].Span == g.Span) strict++;
                if (mentions[best].Value == g.Value) values++;
                if (mentions[best].Type.ToString() == g.Type) types++;
            }
        }
        return new TimexScore(gold, predicted, strict, relaxed, values, types);
    }

    /// <summary>The gold expressions the tagger missed or mis-valued, for error analysis.</summary>
    public static IEnumerable<string> Errors(TemporalTagger tagger, TempEvalDocument doc)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(doc);
        var mentions = tagger.Tag(doc.Text, doc.CreationDate);
        foreach (GoldTimex g in doc.Gold)
        {
            TimeMention? m = mentions.FirstOrDefault(x => x.Span.Overlaps(g.Span));
            string goldText = g.Span.TextOf(doc.Text);
            if (m is null) yield return $"{doc.Name} MISS '{goldText}' {g.Type} {g.Value}";
            else if (m.Value != g.Value) yield return $"{doc.Name} VALUE '{goldText}' gold {g.Value} ours '{m.Span.TextOf(doc.Text)}' {m.Value}";
        }
        foreach (TimeMention m in mentions.Where(m => !doc.Gold.Any(g => g.Span.Overlaps(m.Span))))
            yield return $"{doc.Name} EXTRA '{m.Span.TextOf(doc.Text)}' {m.Type} {m.Value}";
    }
}
