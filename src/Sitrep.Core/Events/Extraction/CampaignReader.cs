using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Time;

namespace Sitrep.Events.Extraction;

/// <summary>
/// "after fighting militant groups for three-and-a-half years": a trigger that lasts a month or more
/// ("for", "over", "during" a duration of months or years) tells a campaign, a summary of many
/// incidents, not one of them.
/// </summary>
internal sealed class CampaignReader(EventCues cues)
{
    private const int WordsAfterTrigger = 5;

    // The words between the trigger and the duration: a lasting preposition and an optional qualifier, nothing else.
    private readonly Regex _lasting = new(
        $@"\b{Words(cues.Phrases(CueKind.Lasting))}\s+(?:{Words(cues.Phrases(CueKind.LastingQualifier))}\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // A kind the lexicon leaves empty matches nothing.
    private static string Words(System.Collections.Immutable.ImmutableArray<string> phrases) =>
        phrases.IsEmpty ? "(?!)" : RegexWords.Alternation(phrases);

    public bool TellsCampaign(DocumentView view, TriggerHit hit)
    {
        Span after = TextWindows.WordsAfter(view.Text, hit.Span.End, WordsAfterTrigger, hit.Sentence);
        foreach (TimeMention time in view.Times)
        {
            // The duration need only start in the window: "for nearly ten years" is one expression.
            if (time.Span.Start < after.Start || time.Span.Start >= after.End) continue;
            if (time.Type != TimexType.DURATION || !MonthOrLonger(time.Value)) continue;
            if (_lasting.IsMatch(view.Text.AsSpan(hit.Span.End, time.Span.Start - hit.Span.End))) return true;
        }
        return false;
    }

    /// <summary>
    /// "The conflict has killed more than 6,000 people since 2017", "1,200 people have been killed since the infighting
    /// began": a perfect tense counted from a point well before publication, or from an earlier event, is a cumulative
    /// toll, a summary of many incidents. Counted from a recent day ("has killed 80 people since Thursday") it is one
    /// incident still going on.
    /// </summary>
    public bool CountsSince(DocumentView view, TriggerHit hit) => CountsSince(view, hit.Sentence);

    private static bool CountsSince(DocumentView view, Span sentence)
    {
        string text = view.Text;
        foreach (Match since in SinceWord.Matches(text.Substring(sentence.Start, sentence.Length)))
        {
            int at = sentence.Start + since.Index;
            if (!Perfect.IsMatch(text.AsSpan(sentence.Start, at - sentence.Start))) continue;
            Span after = TextWindows.WordsAfter(text, at + since.Length, 2, sentence);
            TimeMention? from = view.Within(view.Times, new Span(at, sentence.End)).FirstOrDefault(t => t.Span.Start < after.End);
            if (from is null) return true;
            if (from.Start is DateOnly start && view.Published is DateOnly p && start < p.AddDays(-DateReader.BackgroundDays)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Raids in the West Bank have grown deadlier since the start of the year. More than 80 people have been killed
    /// ...": a perfect with no time of its own, right after a sentence that counts from such a point, goes on counting
    /// from it: the sentence it continues, or null.
    /// </summary>
    public Span? ContinuedCount(DocumentView view, TriggerHit hit)
    {
        int index = view.Sentences.IndexOf(hit.Sentence);
        if (index <= 0 || !Perfect.IsMatch(view.Text.AsSpan(hit.Sentence.Start, hit.Span.Start - hit.Sentence.Start))) return null;
        if (view.Within(view.Times, hit.Sentence).Any() || !CountsSince(view, view.Sentences[index - 1])) return null;
        return view.Sentences[index - 1];
    }

    private static readonly Regex SinceWord = new(@"\bsince\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex Perfect = new(@"\b(?:has|have|had)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // ISO 8601 durations: "P3Y6M", "P2M", "PXY"; a "T" starts the clock part, where M is minutes.
    private static bool MonthOrLonger(string value)
    {
        if (!value.StartsWith('P')) return false;
        int clock = value.IndexOf('T');
        string date = clock < 0 ? value : value[..clock];
        return date.Contains('Y') || date.Contains('M');
    }
}
