using Sitrep.Documents;
using Sitrep.Numbers;

namespace Sitrep.Events.Extraction;

/// <summary>A death toll read from one sentence, and the spans that state it.</summary>
internal sealed record FatalityFact(FatalityCount Count, IReadOnlyList<Span> Evidence);

/// <summary>
/// Reads death tolls: numbers next to killed/dead/died/death toll/bodies ("two dead", "killing 12",
/// "death toll rose to 20"). Numbers counting the injured are not fatalities; separate tolls in one
/// sentence ("two dead on one side and five dead on the other") add up; differing figures for one
/// toll give the most conservative as best and the largest as high.
/// </summary>
internal sealed class FatalityReader(EventCues cues)
{
    private const int Reach = 4;

    /// <summary>Numbers above this are not one event's dead (they are populations, sums of money, misread figures).</summary>
    private const long Implausible = 100_000;

    public FatalityFact? InSentence(DocumentView view, Span sentence)
    {
        var tolls = new List<(QuantityMention Quantity, bool WordAfter)>();
        foreach (QuantityMention q in view.Within(view.Quantities, sentence))
        {
            if (view.Times.Any(t => t.Span.Overlaps(q.Span))) continue;
            if ((q.Best ?? q.Low ?? q.High) is not long value || value > Implausible) continue;
            if (CountsDead(view.Text, q.Span, sentence) is not bool wordAfter) continue;
            if (PrecededByInclusion(view.Text, q.Span, sentence)) continue;
            tolls.Add((q, wordAfter));
        }
        if (tolls.Count == 0) return null;
        int? low, best, high;
        if (tolls.Count > 1 && tolls.All(t => t.WordAfter))
        {
            // "two dead on one side and five dead on the other": separate tolls of one incident add up.
            low = Sum(tolls.Select(t => t.Quantity.Low));
            best = Sum(tolls.Select(t => t.Quantity.Best));
            high = Sum(tolls.Select(t => t.Quantity.High));
        }
        else
        {
            // Differing figures for one toll: the most conservative is best, the largest claimed is high (GUIDELINES.md).
            best = Clip(tolls.Min(t => t.Quantity.Best));
            low = Clip(tolls.Min(t => t.Quantity.Low));
            high = tolls.Count > 1 ? Clip(tolls.Max(t => t.Quantity.High ?? t.Quantity.Best)) : Clip(tolls[0].Quantity.High);
        }
        if (low > best) low = best;
        if (high < best) high = best;
        return new FatalityFact(new FatalityCount(low, best, high), [.. tolls.Select(t => t.Quantity.Span)]);
    }

    private static int? Sum(IEnumerable<long?> values)
    {
        long? total = null;
        foreach (long? v in values)
        {
            if (v is long x) total = (total ?? 0) + x;
        }
        return Clip(total);
    }

    private static int? Clip(long? value) => value is long v ? (int)Math.Min(int.MaxValue, v) : null;

    /// <summary>True when a death word follows the number ("two dead"), false when one precedes it ("killing 12"), null when it counts no dead.</summary>
    private bool? CountsDead(string text, Span number, Span sentence)
    {
        Span after = TextWindows.WordsAfter(text, number.End, Reach, sentence);
        Span? dead = cues.First(CueKind.Fatality, text, after);
        Span? hurt = cues.First(CueKind.Injury, text, after);
        if (dead is Span d && (hurt is not Span h || d.Start < h.Start)) return true;
        if (hurt is not null) return null;
        Span before = TextWindows.WordsBefore(text, number.Start, Reach, sentence);
        Span? deadBefore = cues.Last(CueKind.Fatality, text, before);
        Span? hurtBefore = cues.Last(CueKind.Injury, text, before);
        return deadBefore is Span db && (hurtBefore is not Span hb || hb.End < db.Start) ? false : null;
    }

    // "12 people, including three children, were killed": the inner number is part of the outer one.
    private static bool PrecededByInclusion(string text, Span number, Span sentence)
    {
        Span before = TextWindows.WordsBefore(text, number.Start, 3, sentence);
        string words = text.Substring(before.Start, before.Length);
        return words.Contains("including", StringComparison.OrdinalIgnoreCase) || words.Contains("among them", StringComparison.OrdinalIgnoreCase)
            || words.Contains("of whom", StringComparison.OrdinalIgnoreCase) || words.Contains("of them", StringComparison.OrdinalIgnoreCase);
    }

}
