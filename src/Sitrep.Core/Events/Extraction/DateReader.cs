using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Time;

namespace Sitrep.Events.Extraction;

/// <summary>A date found for an event, and the time expression that states it (null when taken from context).</summary>
internal sealed record DatedFact(EventDate Date, Span? Evidence);

/// <summary>
/// Dates an event from the time expressions of its sentence, nearest to the trigger first, and
/// decides whether that date puts the event in the article's background.
/// </summary>
internal static partial class DateReader
{
    [GeneratedRegex(@"day|night|morning|evening|afternoon|yester|today|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesDayPattern();

    private static readonly Regex NamesDay = NamesDayPattern();

    /// <summary>Events dated this many days or more before publication are context, not news.</summary>
    public const int BackgroundDays = 45;

    /// <param name="deed">The trigger tells a violent deed, not an announcement: a statement's own date before it is not the deed's.</param>
    public static DatedFact? InSentence(DocumentView view, TriggerHit hit, EventCues cues, bool deed = false)
    {
        var candidates = new List<TimeMention>();
        int datelineEnd = PlaceReader.DatelineEnd(view, hit.Sentence);
        foreach (TimeMention t in view.Within(view.Times, hit.Sentence))
        {
            // "NIAMEY, March 15 (Reuters) -" dates the filing, and "the ministry said on Friday" the statement, not the event.
            if (t.Span.End <= datelineEnd || DatesTheStatement(view, t, hit, cues)) continue;
            if (t.Start is null || t.End is null || t.Precision is null || t.Type is TimexType.DURATION or TimexType.SET) continue;
            // "currently", "now": the state at publication, not when the event happened.
            if (t.Value == "PRESENT_REF") continue;
            // "at about 4 pm" or "in the early hours" names no day; the day comes from context, not the publication date.
            if (t.Type == TimexType.TIME && !NamesDay.IsMatch(view.Text.AsSpan(t.Span.Start, t.Span.Length))) continue;
            candidates.Add(t);
        }
        // "The army said on Monday it had repelled an attack ... on Saturday": the reported deed keeps the day its own
        // clause gives; the statement's day dates it only when the sentence names no other day.
        if (deed && candidates.Count > 1)
        {
            var said = candidates.Where(t => t.Span.End <= hit.Span.Start && AfterReportingVerb(view, t, cues, hit.Sentence.Start)).ToList();
            if (said.Count > 0 && candidates.Any(t => !said.Contains(t) && t.Precision == DatePrecision.Day)) candidates.RemoveAll(said.Contains);
        }
        TimeMention? best = candidates.MinBy(t => TextWindows.Distance(t.Span, hit.Span));
        return best is null ? null : new DatedFact(new EventDate(best.Start!.Value, best.End!.Value, best.Precision!.Value), best.Span);
    }

    /// <summary>The day named in the sentence after the trigger's, when that sentence holds no trigger of its own.</summary>
    public static DatedFact? InNextSentence(DocumentView view, TriggerHit hit, EventCues cues, IReadOnlySet<Span> triggered)
    {
        int i = view.Sentences.IndexOf(hit.Sentence);
        if (i < 0 || i + 1 >= view.Sentences.Length) return null;
        Span next = view.Sentences[i + 1];
        if (triggered.Contains(next)) return null;
        foreach (TimeMention t in view.Within(view.Times, next))
        {
            if (t.Start is null || t.End is null || t.Precision is not DatePrecision.Day || t.Type is not (TimexType.DATE or TimexType.TIME)) continue;
            // "said on Friday" dates the statement, which the next sentence may report too.
            var asHit = hit with { Span = new Span(next.Start, next.Start), Sentence = next };
            if (DatesTheStatement(view, t, asHit, cues) || t.Value == "PRESENT_REF") continue;
            if (t.Type == TimexType.TIME && !NamesDay.IsMatch(view.Text.AsSpan(t.Span.Start, t.Span.Length))) continue;
            return new DatedFact(new EventDate(t.Start.Value, t.End.Value, t.Precision.Value), t.Span);
        }
        return null;
    }

    /// <summary>
    /// "On Oct. 1, 2017, separatist leaders declared independence. Soldiers opened fire on crowds ...": an undated
    /// incident told right after a sentence of the same paragraph that dates past context happened then too. Only a
    /// date old enough to be background carries over; a recent one is left to the story's running date.
    /// </summary>
    public static DatedFact? InPreviousSentence(DocumentView view, TriggerHit hit)
    {
        // "The clashes were concentrated in ...": a reference back to an incident takes that incident's date.
        if (hit.Anaphoric) return null;
        int i = view.Sentences.IndexOf(hit.Sentence);
        if (i <= 0 || view.Published is not DateOnly published) return null;
        Span previous = view.Sentences[i - 1];
        if (view.ParagraphOf(previous).Start != view.ParagraphOf(hit.Sentence).Start) return null;
        // A date the previous sentence sets as its time ("On Oct. 1, 2017, ...", "began in late 2016"), not one naming a
        // thing ("the 2016 peace deal").
        TimeMention? dated = view.Within(view.Times, previous)
            .LastOrDefault(t => t.Start is not null && t.End is not null && t.Precision is not null && t.Type == TimexType.DATE
                && SetsTheTime(view.Text, t.Span, previous));
        if (dated is null) return null;
        var date = new EventDate(dated.Start!.Value, dated.End!.Value, dated.Precision!.Value);
        return IsBackground(date, published) ? new DatedFact(date, dated.Span) : null;
    }

    private static bool SetsTheTime(string text, Span time, Span sentence)
    {
        Span before = TextWindows.WordsBefore(text, time.Start, 1, sentence);
        ReadOnlySpan<char> word = text.AsSpan(before.Start, before.Length).Trim();
        return word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("on", StringComparison.OrdinalIgnoreCase)
            || word.Equals("during", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A time right after a reporting verb that follows the trigger ("said on Friday", "told reporters
    /// Friday") dates the statement, not the event.
    /// </summary>
    private static bool DatesTheStatement(DocumentView view, TimeMention time, TriggerHit hit, EventCues cues) =>
        // Only a statement told after the event ("..., the ministry said on Friday"); in "said on Friday it
        // would withdraw" the time dates the announcement, which is the event.
        AfterReportingVerb(view, time, cues, hit.Span.End);

    private static bool AfterReportingVerb(DocumentView view, TimeMention time, EventCues cues, int notBefore)
    {
        int from = Math.Max(notBefore, time.Span.Start - 30);
        if (from >= time.Span.Start) return false;
        if (cues.Last(CueKind.Attribution, view.Text, new Span(from, time.Span.Start)) is not Span cue) return false;
        // Between verb and time: nothing, or a listener of one or two words ("told AFP", "told
        // reporters"), with or without "on".
        ReadOnlySpan<char> gap = view.Text.AsSpan(cue.End, time.Span.Start - cue.End).Trim();
        if (gap.Equals("on", StringComparison.OrdinalIgnoreCase)) return true;
        if (gap.EndsWith(" on", StringComparison.OrdinalIgnoreCase)) gap = gap[..^3];
        return gap.IsEmpty || gap.Count(' ') <= 1;
    }

    public static bool IsBackground(EventDate date, DateOnly? published) =>
        published is DateOnly p && date.End < p.AddDays(-BackgroundDays);

    /// <summary>A summary reaching back long before publication ("attacks in recent years") describes the conflict's past, not the news.</summary>
    public static bool IsLongSummary(EventDate date, DateOnly? published) =>
        published is DateOnly p && date.Start < p.AddDays(-BackgroundDays);
}
