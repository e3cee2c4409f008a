using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Lexicons;

namespace Sitrep.Time;

/// <summary>Durations, recurrences, reference words, recent periods, quarters and clock times.</summary>
internal sealed partial class TimeRules
{
    private IEnumerable<TimeRule> PeriodRules()
    {
        string amount = $@"(?:{_number}|an?|several|a\s+few|few|some|many|(?:a\s+)?couple\s+of|another|all|full|(?:the\s+)?whole)";
        string plural = @"(?:days|weeks|months|years|decades|hours)";
        yield return Rule("duration", Digits(Words(_numberWords, "the", "a", "an", "several", "few", "some", "many", "couple", "another", "all", "full", "whole")), $@"\b(?:(?<the>the\s+(?:(?<dir>past|last|next|first|coming|previous|final|following)\s+)?))?(?<n>{amount})(?<half>[\s-]+and[\s-]+a[\s-]+half|\s+1/2|½)?[\s-]+(?<u>{_unit})(?<half2>\s+and\s+a\s+half)?(?:-(?<long>long)|[\s-](?<old>old)\b)?\b", ReadDuration, new RuleGate(_lex.UnitCodes.Keys, 9));
        yield return Rule("half-unit", Words("half"), $@"\bhalf\s+an?\s+(?<u>{_unit})\b", ReadHalfUnit);
        yield return Rule("the-past-unit", Words("the"), $@"\bthe\s+(?<dir>past|last|next|coming|previous)\s+(?<u>{_unit})\b", ReadPastUnit, new RuleGate(_lex.UnitCodes.Keys, 3));
        yield return Rule("bare-plural", Words("days", "weeks", "months", "years", "decades", "hours"), $@"(?<=\b(?:for|over|in)\s+)(?<u>{plural})\b", ReadBarePlural);
        yield return Rule("recent", Words("recent", "the", "coming"), $@"\b(?<rel>recent|the\s+(?:past|last)\s+(?:few|several)|the\s+coming|coming|the\s+next\s+few)\s+(?<u>{plural})\b", ReadRecent, new RuleGate(["days", "weeks", "months", "years", "decades", "hours"], 5));
        yield return Rule("every", Words("every", "each"), $@"\b(?:every|each)\s+(?:(?<n>other|{_number})\s+)?(?:(?<wd>{_weekdayFull})|(?<u>{_unit}))\b", ReadEvery);
        yield return Rule("weekday-plural", Words(Longest(_lex.Weekdays).Select(w => w + "s")), $@"\b(?<wd>{_weekdayFull})s\b", ReadEvery);
        yield return Rule("set-adverb", Words(_lex.SetAdverbs.Keys), $@"\b(?<adv>{RegexWords.Alternation(_lex.SetAdverbs.Keys)})\b", ReadSetAdverb);
        yield return Rule("reference", Words(_lex.Refs.Keys), $@"\b(?<r>{RegexWords.Alternation(_lex.Refs.Keys)})\b(?!-)", ReadReference, PhraseEndGate(_lex.Refs.Keys));
        yield return Rule("quarter", Digits(Words("the", "last", "this", "next", "latest", "current", "previous", "past", "year", "first", "second", "third", "fourth", "quarter", "comparable", "corresponding")),
            @"\b(?:(?<the>the)\s+)?(?:(?:comparable|corresponding)\s+)?(?:(?<yr>this|last|next)\s+year['’]s\s+|(?<y0>(?:19|20)\d{2})\s+)?(?:(?<rel>last|this|next|latest|current|previous|past|year-earlier|year-ago)\s+)?(?:(?<o>first|second|third|fourth|1st|2nd|3rd|4th)(?<hy>[\s-]+))?quarter\b(?:\s+(?:of\s+)?(?<y>\d{4})\b)?", ReadQuarter, new RuleGate(["quarter"], 8));
        yield return Rule("clock", Digits(Words("noon", "midday", "midnight")), $@"\b(?<clock>(?<h>\d{{1,2}})(?::(?<mi>[0-5]\d))?\s*(?<ap>[ap])\.?m\b\.?|(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)\b(?!:\d)|(?<w>noon|midday|midnight))(?:(?:\s+(?:[ECMP][SD]T|GMT|UTC))?,?\s+(?:(?<wd>{_weekdayFull})\b|(?<mon>{_month})\.?\s+(?<d>\d{{1,2}})\b(?!\s*(?:%|[.,:]\d))))?", ReadClock, new RuleGate(["a", "p", "am", "pm", "noon", "midday", "midnight"], 2, follow: ":"));
    }

    /// <summary>A gate for a rule matching one of <paramref name="phrases"/>: the last word of one within as many tokens as the longest has.</summary>
    private static RuleGate PhraseEndGate(IEnumerable<string> phrases)
    {
        var last = new List<string>();
        int longest = 1;
        foreach (string phrase in phrases)
        {
            string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            last.Add(words[^1]);
            longest = Math.Max(longest, words.Length);
        }
        return new RuleGate(last, longest);
    }

    private TimeMention? ReadDuration(Match m, TimeContext ctx)
    {
        // "a 6-year-old" is an age, not a stretch of time.
        if (m.Groups["old"].Success) return null;
        string unit = _lex.UnitCodes[RegexWords.Normalise(m.Groups["u"].ValueSpan)];
        decimal? n = Amount(m.Groups["n"]);
        if (n is decimal v && (v <= 0 || v > 100_000)) return null;
        // "all day", "another week" name one unit; "all years" is no duration.
        if (!char.IsDigit(m.Groups["n"].Value[0]) && m.Groups["n"].Value.ToLowerInvariant() is "another" or "all" or "full" or "whole" or "the whole"
            && m.Groups["u"].Value.EndsWith('s')) return null;
        if (n is not null && (m.Groups["half"].Success || m.Groups["half2"].Success)) n += 0.5m;
        Span span = SpanOf(m);
        string value = n is decimal amount ? Calendar.Duration(amount, unit) : (unit is "H" or "MIN" or "S" ? "PTX" : "PX") + (unit == "MIN" ? "M" : unit);
        string dir = m.Groups["dir"].Success ? m.Groups["dir"].Value.ToLowerInvariant() : "";
        if (ctx.Anchor is DateOnly anchor && n is decimal whole && whole == Math.Floor(whole) && whole < 1000 && dir is "past" or "last" or "previous" or "next" or "coming")
        {
            int k = (int)whole * (dir is "next" or "coming" ? 1 : -1);
            DateOnly other = Calendar.Add(anchor, k, unit);
            return new TimeMention(span, TimexType.DURATION, value, k < 0 ? other : anchor, k < 0 ? anchor : other, DatePrecision.Range);
        }
        return new TimeMention(span, TimexType.DURATION, value, null, null, null);
    }

    private TimeMention? ReadHalfUnit(Match m, TimeContext ctx) =>
        new(SpanOf(m), TimexType.DURATION, Calendar.Duration(0.5m, _lex.UnitCodes[RegexWords.Normalise(m.Groups["u"].ValueSpan)]), null, null, null);

    private TimeMention? ReadPastUnit(Match m, TimeContext ctx)
    {
        string unit = _lex.UnitCodes[RegexWords.Normalise(m.Groups["u"].ValueSpan)];
        string dir = m.Groups["dir"].Value.ToLowerInvariant();
        Span span = SpanOf(m);
        if (ctx.Anchor is not DateOnly anchor) return new TimeMention(span, TimexType.DURATION, Calendar.Duration(1, unit), null, null, null);
        bool forward = dir is "next" or "coming";
        DateOnly other = Calendar.Add(anchor, forward ? 1 : -1, unit);
        return new TimeMention(span, TimexType.DURATION, Calendar.Duration(1, unit), forward ? anchor : other, forward ? other : anchor, DatePrecision.Range);
    }

    private TimeMention? ReadBarePlural(Match m, TimeContext ctx)
    {
        string unit = _lex.UnitCodes[m.Groups["u"].Value.ToLowerInvariant()];
        return new TimeMention(SpanOf(m), TimexType.DURATION, (unit == "H" ? "PTX" : "PX") + unit, null, null, null);
    }

    private TimeMention? ReadRecent(Match m, TimeContext ctx)
    {
        string rel = RegexWords.Normalise(m.Groups["rel"].ValueSpan);
        string unit = _lex.UnitCodes[m.Groups["u"].Value.ToLowerInvariant()];
        bool future = rel.Contains("coming", StringComparison.Ordinal) || rel.Contains("next", StringComparison.Ordinal);
        Span span = SpanOf(m);
        // How far back "recent weeks" reaches is a convention: a handful of the unit.
        int reach = unit switch { "D" => 7, "W" => 4, "M" => 3, "Y" => 5, "DE" => 3, _ => 24 };
        DateOnly? start = null, end = null;
        if (ctx.Anchor is DateOnly anchor)
        {
            DateOnly other = unit == "H" ? anchor.AddDays(future ? 1 : -1) : Calendar.Add(anchor, future ? reach : -reach, unit);
            (start, end) = future ? (anchor, other) : (other, anchor);
        }
        DatePrecision? precision = start is null ? null : DatePrecision.Range;
        if (rel == "recent") return new TimeMention(span, TimexType.DATE, "PAST_REF", start, end, precision);
        if (rel is "the coming" or "coming") return new TimeMention(span, TimexType.DATE, "FUTURE_REF", start, end, precision);
        return new TimeMention(span, TimexType.DURATION, (unit == "H" ? "PTX" : "PX") + unit, start, end, precision);
    }

    private TimeMention? ReadEvery(Match m, TimeContext ctx)
    {
        Span span = SpanOf(m);
        if (m.Groups["wd"].Success)
        {
            if (!Capitalised(m.Groups["wd"])) return null;
            return new TimeMention(span, TimexType.SET, $"XXXX-WXX-{_lex.Weekdays[m.Groups["wd"].Value.ToLowerInvariant()]}", null, null, null);
        }
        string unit = _lex.UnitCodes[RegexWords.Normalise(m.Groups["u"].ValueSpan)];
        decimal n = 1;
        if (m.Groups["n"].Success)
        {
            if (m.Groups["n"].Value.Equals("other", StringComparison.OrdinalIgnoreCase)) n = 2;
            else if (_numbers.Parse(m.Groups["n"].ValueSpan) is decimal parsed && parsed > 0 && parsed < 10_000) n = parsed;
            else return null;
        }
        return new TimeMention(span, TimexType.SET, Calendar.Duration(n, unit), null, null, null);
    }

    private TimeMention? ReadSetAdverb(Match m, TimeContext ctx) =>
        new(SpanOf(m), TimexType.SET, _lex.SetAdverbs[m.Groups["adv"].Value.ToLowerInvariant()], null, null, null);

    private TimeMention? ReadReference(Match m, TimeContext ctx)
    {
        string value = _lex.Refs[RegexWords.Normalise(m.Groups["r"].ValueSpan)];
        DateOnly? a = ctx.Anchor;
        return value switch
        {
            "PRESENT_REF" => new TimeMention(SpanOf(m), TimexType.DATE, value, a, a, a is null ? null : DatePrecision.Day),
            "PAST_REF" => new TimeMention(SpanOf(m), TimexType.DATE, value, null, a, null),
            _ => new TimeMention(SpanOf(m), TimexType.DATE, value, a, null, null),
        };
    }

    private TimeMention? ReadQuarter(Match m, TimeContext ctx)
    {
        Group o = m.Groups["o"], rel = m.Groups["rel"], yr = m.Groups["yr"], y0 = m.Groups["y0"];
        if (!o.Success && !rel.Success && !m.Groups["the"].Success && !yr.Success && !y0.Success) return null;
        int start = m.Index;
        // "the third-quarter profit": the article belongs to the noun phrase, not to the expression.
        if (m.Groups["the"].Success && o.Success && m.Groups["hy"].Value == "-" && !rel.Success) start = o.Index;
        var span = new Span(start, m.Index + m.Length);
        int? q = o.Success ? (char.IsAsciiDigit(o.Value[0]) ? o.Value[0] - '0' : _lex.Ordinals[o.Value.ToLowerInvariant()]) : null;
        if (q is > 4) return null;
        int year;
        if (m.Groups["y"].Success) year = Int(m.Groups["y"]);
        else if (y0.Success) year = Int(y0);
        else if (ctx.Anchor is DateOnly anchor)
        {
            int current = (anchor.Month - 1) / 3 + 1;
            // "this year's third quarter", "last year's quarter": the year is given; an unnamed quarter is the one being reported.
            if (yr.Success)
            {
                int shift = yr.Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
                int reported = (anchor.Year * 4 + current - 2) % 4 + 1;
                return Calendar.ValidYear(anchor.Year + shift) ? QuarterMention(span, anchor.Year + shift, q ?? reported) : null;
            }
            string r = rel.Success ? rel.Value.ToLowerInvariant() : "";
            if (q is null)
            {
                // "the quarter" in a report is the latest completed one; "this quarter" the current one.
                int back = r switch { "this" or "current" => 0, "next" => -1, "year-earlier" or "year-ago" => 5, _ => 1 };
                int index = anchor.Year * 4 + (current - 1) - back;
                return QuarterMention(span, index / 4, index % 4 + 1);
            }
            year = anchor.Year;
            Tense tense = r switch { "last" or "previous" or "past" => Tense.Past, "next" => Tense.Future, _ => ctx.TenseAt(span) };
            if (tense == Tense.Past && q > current) year--;
            if (r is "year-earlier" or "year-ago") year--;
        }
        else return new TimeMention(span, TimexType.DATE, q is int known ? $"XXXX-Q{known}" : "XXXX-QX", null, null, DatePrecision.Range);
        if (q is not int quarter) return new TimeMention(span, TimexType.DATE, $"{Calendar.Year(year)}-QX", null, null, null);
        return Calendar.ValidYear(year) ? QuarterMention(span, year, quarter) : null;
    }

    private static TimeMention QuarterMention(Span span, int year, int quarter)
    {
        var start = new DateOnly(year, quarter * 3 - 2, 1);
        return new TimeMention(span, TimexType.DATE, $"{Calendar.Year(year)}-Q{quarter}", start, Calendar.LastOfMonth(year, quarter * 3), DatePrecision.Range);
    }

    private TimeMention? ReadClock(Match m, TimeContext ctx)
    {
        int hour, minute = 0;
        if (m.Groups["w"].Success)
            hour = m.Groups["w"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 0 : 12;
        else
        {
            hour = Int(m.Groups["h"]);
            if (m.Groups["mi"].Success) minute = Int(m.Groups["mi"]);
            if (m.Groups["ap"].Success)
            {
                if (hour is < 1 or > 12) return null;
                bool pm = m.Groups["ap"].Value.Equals("p", StringComparison.OrdinalIgnoreCase);
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
        string time = string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}");
        Span span = SpanOf(m);
        DateOnly? day = ctx.Anchor;
        // "10 p.m. Wednesday", "5 p.m. EST Nov. 9": the day named after the clock time dates it.
        Group wd = m.Groups["wd"], mon = m.Groups["mon"];
        if (wd.Success && Capitalised(wd) && ctx.Anchor is DateOnly wa)
            day = Calendar.Weekday(wa, _lex.Weekdays[wd.Value.ToLowerInvariant()], ctx.TenseAt(span) == Tense.Future ? Tense.Future : Tense.Past, ctx.Options.WeekdayMayBePublicationDay);
        else if (mon.Success && NameAllowed(mon) && ctx.Anchor is DateOnly ma && Int(m.Groups["d"]) is int d and >= 1 and <= 31)
        {
            int month = MonthOf(mon);
            day = Calendar.TryDate(Calendar.YearFor(ma, month, d, ctx.TenseAt(span)), month, d);
            if (day is null) span = new Span(m.Index, m.Groups["clock"].Index + m.Groups["clock"].Length);
        }
        else span = new Span(m.Index, m.Groups["clock"].Index + m.Groups["clock"].Length);
        return day is DateOnly a
            ? new TimeMention(span, TimexType.TIME, Calendar.Day(a) + time, a, a, DatePrecision.Day)
            : new TimeMention(span, TimexType.TIME, "XXXX-XX-XX" + time, null, null, null);
    }
}
