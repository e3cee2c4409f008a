using Sitrep.Documents;
using Sitrep.Numbers;

namespace Sitrep.Events.Extraction;

/// <summary>A death toll read from one sentence, and the spans that state it.</summary>
internal sealed record FatalityFact(FatalityCount Count, IReadOnlyList<Span> Evidence);

/// <summary>
/// Reads death tolls: numbers next to killed/dead/died/death toll/bodies ("two dead", "killing 12",
/// "death toll rose to 20"). Numbers counting the injured are not fatalities; separate tolls in one
/// sentence ("two dead on one side and five on the other") add up.
/// </summary>
internal sealed class FatalityReader(EventCues cues)
{
    private const int Reach = 4;

    public FatalityFact? InSentence(DocumentView view, Span sentence)
    {
        int? low = null, best = null, high = null;
        var evidence = new List<Span>();
        foreach (QuantityMention q in view.Within(view.Quantities, sentence))
        {
            if (view.Times.Any(t => t.Span.Overlaps(q.Span))) continue;
            if (!CountsDead(view.Text, q.Span, sentence)) continue;
            if (PrecededByInclusion(view.Text, q.Span, sentence)) continue;
            low = Add(low, q.Low);
            best = Add(best, q.Best);
            high = Add(high, q.High);
            evidence.Add(q.Span);
        }
        if (evidence.Count == 0) return null;
        if (low > best) low = best;
        if (high < best) high = best;
        return new FatalityFact(new FatalityCount(low, best, high), evidence);
    }

    private bool CountsDead(string text, Span number, Span sentence)
    {
        Span after = TextWindows.WordsAfter(text, number.End, Reach, sentence);
        Span? dead = cues.First(CueKind.Fatality, text, after);
        Span? hurt = cues.First(CueKind.Injury, text, after);
        if (dead is Span d && (hurt is not Span h || d.Start < h.Start)) return true;
        if (hurt is not null) return false;
        Span before = TextWindows.WordsBefore(text, number.Start, Reach, sentence);
        Span? deadBefore = cues.Last(CueKind.Fatality, text, before);
        Span? hurtBefore = cues.Last(CueKind.Injury, text, before);
        return deadBefore is Span db && (hurtBefore is not Span hb || hb.End < db.Start);
    }

    // "12 people, including three children, were killed": the inner number is part of the outer one.
    private static bool PrecededByInclusion(string text, Span number, Span sentence)
    {
        Span before = TextWindows.WordsBefore(text, number.Start, 3, sentence);
        string words = text.Substring(before.Start, before.Length);
        return words.Contains("including", StringComparison.OrdinalIgnoreCase) || words.Contains("among them", StringComparison.OrdinalIgnoreCase)
            || words.Contains("of whom", StringComparison.OrdinalIgnoreCase) || words.Contains("of them", StringComparison.OrdinalIgnoreCase);
    }

    private static int? Add(int? total, long? value) =>
        value is long v ? (int)Math.Min(int.MaxValue, (total ?? 0) + v) : total;
}
