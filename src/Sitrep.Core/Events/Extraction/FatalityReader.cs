using Sitrep.Documents;
using Sitrep.Numbers;

namespace Sitrep.Events.Extraction;

/// <summary>
/// A death toll read from one sentence, and the spans that state it. <paramref name="Update"/>: the sentence gives
/// a later count that replaces the first one ("the toll rose to 14"), not a second source's differing figure.
/// </summary>
internal sealed record FatalityFact(FatalityCount Count, IReadOnlyList<Span> Evidence, bool Update = false);

/// <summary>
/// Reads death tolls: numbers next to killed/dead/died/death toll/bodies ("two dead", "killing 12",
/// "death toll rose to 20"). Numbers counting the injured are not fatalities; separate tolls in one
/// sentence ("two dead on one side and five dead on the other") add up; differing figures for one
/// toll give the most conservative as best and the largest as high.
/// </summary>
internal sealed class FatalityReader(EventCues cues)
{
    private const int Reach = 4;
    private const int ReachAfter = 6;
    private const int UpdateReach = 3;
    private const int TollReach = 9;

    /// <summary>Numbers above this are not one event's dead (they are populations, sums of money, misread figures).</summary>
    private const long Implausible = 100_000;

    public FatalityFact? InSentence(DocumentView view, Span sentence)
    {
        var tolls = new List<(QuantityMention Quantity, bool WordAfter)>();
        foreach (QuantityMention q in view.Within(view.Quantities, sentence))
        {
            if (view.Times.Any(t => t.Span.Overlaps(q.Span))) continue;
            if ((q.Best ?? q.Low ?? q.High) is not long value || value > Implausible) continue;
            if (CountsDead(view, q.Span, sentence) is not bool wordAfter) continue;
            if (PrecededByInclusion(view.Text, q.Span, sentence)) continue;
            tolls.Add((q, wordAfter));
        }
        if (tolls.Count == 0) return NoDeaths(view, sentence) ?? OneVictim(view.Text, sentence);
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
        bool update = tolls.Any(t => cues.Any(CueKind.TollUpdate, view.Text, TextWindows.WordsBefore(view.Text, t.Quantity.Span.Start, UpdateReach, sentence)));
        return new FatalityFact(new FatalityCount(low, best, high), [.. tolls.Select(t => t.Quantity.Span)], update);
    }

    /// <summary>"No one was killed", "we didn't lose any of our personnel": a toll of 0 stated in words; null when the sentence says no such thing.</summary>
    public FatalityFact? NoDeaths(DocumentView view, Span sentence) =>
        cues.First(CueKind.NoDeaths, view.Text, sentence) is Span said ? new FatalityFact(new FatalityCount(0, 0, 0), [said]) : null;

    /// <summary>
    /// "Gunmen shot dead a shopkeeper", "a soldier was killed": one person killed, told with an article instead of a
    /// number. Only when the sentence gives no number; a collective noun ("a number of", "a family") is no count.
    /// </summary>
    private FatalityFact? OneVictim(string text, Span sentence)
    {
        foreach (Span verb in cues.All(CueKind.SingleKill, text, sentence))
        {
            if (ArticleNoun(text, TextWindows.WordsAfter(text, verb.End, 3, sentence), first: true) is Span after)
                return new FatalityFact(new FatalityCount(1, 1, 1), [after]);
            // "A soldier was killed", "an officer has been murdered": the article opens the subject a few words before.
            Span before = TextWindows.WordsBefore(text, verb.Start, 5, sentence);
            string between = text.Substring(before.Start, before.Length).TrimEnd();
            if ((between.EndsWith(" was", StringComparison.OrdinalIgnoreCase) || between.EndsWith(" been", StringComparison.OrdinalIgnoreCase) || between.EndsWith(" is", StringComparison.OrdinalIgnoreCase))
                && ArticleNoun(text, before, first: false) is Span subject)
                return new FatalityFact(new FatalityCount(1, 1, 1), [subject]);
        }
        return null;
    }

    // The article and the word after it, when the article is the window's first word (after a verb) or any word (before
    // one), and neither that word nor the one after it counts people ("a number of", "an unknown number of").
    private Span? ArticleNoun(string text, Span window, bool first)
    {
        List<Span> words = Words(text, window);
        for (int k = 0; k + 1 < words.Count; k++)
        {
            if (first && k > 0) break;
            ReadOnlySpan<char> article = text.AsSpan(words[k].Start, words[k].Length);
            if (!(article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase) || article.Equals("one", StringComparison.OrdinalIgnoreCase))) continue;
            ReadOnlySpan<char> noun = text.AsSpan(words[k + 1].Start, words[k + 1].Length);
            if (noun.Length < 2 || !AllLetters(noun)) return null;
            for (int n = k + 1; n < Math.Min(words.Count, k + 3); n++)
            {
                if (cues.Lists(CueKind.Collective, text.Substring(words[n].Start, words[n].Length))) return null;
            }
            return new Span(words[k].Start, words[k + 1].End);
        }
        return null;
    }

    // The window's words, without the punctuation that may close one ("a shopkeeper,").
    private static List<Span> Words(string text, Span window)
    {
        var words = new List<Span>();
        int i = window.Start;
        while (i < window.End)
        {
            while (i < window.End && char.IsWhiteSpace(text[i])) i++;
            int start = i;
            while (i < window.End && !char.IsWhiteSpace(text[i])) i++;
            int end = i;
            while (end > start && text[end - 1] is ',' or '.' or ';' or ':') end--;
            if (end > start) words.Add(new Span(start, end));
        }
        return words;
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (!char.IsLetter(c)) return false;
        return true;
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
    private bool? CountsDead(DocumentView view, Span number, Span sentence)
    {
        string text = view.Text;
        // The nearest death or injury word on either side decides: "killing 19 people and wounding 27" counts 19 dead.
        // The noun a number counts may carry a few modifiers before its verb ("28 suspected gang members were killed").
        Span after = TextWindows.WordsAfter(text, number.End, ReachAfter, sentence);
        Span before = TextWindows.WordsBefore(text, number.Start, Reach, sentence);
        int deadAfter = Gap(Joined(text, cues.First(CueKind.Fatality, text, after), number, Coordinated(view, number, after)), number);
        int hurtAfter = Gap(cues.First(CueKind.Injury, text, after), number);
        int deadBefore = Gap(Joined(text, cues.Last(CueKind.Fatality, text, before), number, false), number);
        if (deadBefore == int.MaxValue) deadBefore = Gap(TollFarBefore(text, number, sentence), number);
        int hurtBefore = Gap(cues.Last(CueKind.Injury, text, before), number);
        int nearest = Math.Min(Math.Min(deadAfter, hurtAfter), Math.Min(deadBefore, hurtBefore));
        if (nearest == int.MaxValue || nearest == hurtAfter || nearest == hurtBefore) return null;
        return nearest == deadAfter;
    }

    // "The death toll in the northern town of Kidal rose to nine": a toll names what it counts and may carry its
    // place before the verb that gives the number, so it reaches further back than a death word does.
    private Span? TollFarBefore(string text, Span number, Span sentence)
    {
        Span before = TextWindows.WordsBefore(text, number.Start, TollReach, sentence);
        return cues.Last(CueKind.Fatality, text, before) is Span cue && text.AsSpan(cue.Start, cue.Length).EndsWith("toll", StringComparison.OrdinalIgnoreCase)
            ? Joined(text, cue, number, false)
            : null;
    }

    // A death word in another clause ("were killed and hundreds of munitions seized") does not count the number.
    private static Span? Joined(string text, Span? cue, Span number, bool coordinated)
    {
        if (cue is not Span c) return null;
        int from = Math.Min(c.End, number.End), to = Math.Max(c.Start, number.Start);
        if (to <= from) return c;
        string between = text[from..to];
        if (between.Contains(';') || (between.Contains(',') && !coordinated)) return null;
        return !coordinated && ClauseJoins.Any(j => between.Contains(j, StringComparison.OrdinalIgnoreCase)) ? null : c;
    }

    // "31 soldiers and three auxiliaries were killed": another number counted by the same verb follows, so "and" joins counts, not clauses.
    private static bool Coordinated(DocumentView view, Span number, Span after) =>
        view.Quantities.Any(q => q.Span.Start > number.End && q.Span.End <= after.End
            && view.Text.AsSpan(number.End, q.Span.Start - number.End).Contains(" and ", StringComparison.OrdinalIgnoreCase));

    private static readonly string[] ClauseJoins = [" and ", " but ", " while ", " whereas "];

    private static int Gap(Span? cue, Span number) => cue is Span c ? TextWindows.Distance(c, number) : int.MaxValue;

    // "12 people, including three children, were killed": the inner number is part of the outer one.
    private static bool PrecededByInclusion(string text, Span number, Span sentence)
    {
        Span before = TextWindows.WordsBefore(text, number.Start, 3, sentence);
        string words = text.Substring(before.Start, before.Length);
        return words.Contains("including", StringComparison.OrdinalIgnoreCase) || words.Contains("among them", StringComparison.OrdinalIgnoreCase)
            || words.Contains("of whom", StringComparison.OrdinalIgnoreCase) || words.Contains("of them", StringComparison.OrdinalIgnoreCase);
    }

}
