using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Lexicons;

namespace Sitrep.Time;

/// <summary>Relative dates: weekdays, yesterday/tonight, last week, earlier this month, two days ago, seasons.</summary>
internal sealed partial class TimeRules
{
    private IEnumerable<TimeRule> RelativeRules()
    {
        string season = RegexWords.Alternation(_lex.SeasonCodes.Keys);
        yield return Rule("weekday", Words(Longest(_lex.Weekdays), "last", "this", "next", "coming", "past"), $@"\b(?:(?<rel>last|this\s+past|this\s+coming|this|next|coming|past)\s+)?(?<wd>{_weekdayFull})\b(?:\s+(?<pod>{_partOfDay})\b)?", ReadWeekday, new RuleGate([.. Longest(_lex.Weekdays)], 3));
        yield return Rule("relative-day", Words("the", "yesterday", "today", "tomorrow", "tonight", "overnight"), $@"\b(?:the\s+day\s+(?<w>before\s+yesterday|after\s+tomorrow)|(?<w>yesterday|today|tomorrow|tonight|overnight))\b(?:\s+(?<pod>{_partOfDay})\b)?", ReadRelativeDay, new RuleGate(["day", "yesterday", "today", "tomorrow", "tonight", "overnight"], 2));
        yield return Rule("this-part-of-day", Words("last", "this", "early", "late"), $@"\b(?<rel>last|this|early\s+this|late\s+last|late\s+this)\s+(?<pod>{_partOfDay})\b", ReadThisPartOfDay, new RuleGate(_lex.PartOfDay.Keys, 3));
        yield return Rule("relative-period", Words("early", "earlier", "late", "later", "mid", "the", "last", "this", "next", "past", "previous", "coming", "current"), @"\b(?:(?<mod>early|earlier|late|later|mid)(?:\s+in)?[\s-]+)?(?:(?<the>the)\s+)?(?<rel>last|this|next|past|previous|coming|current)\s+(?<u>week|weekend|month|year|decade)\b", ReadRelativePeriod, new RuleGate(["week", "weekend", "month", "year", "decade"], 5));
        yield return Rule("ago", Digits(Words(_numberWords, "a", "an", "several", "few")), $@"\b(?<n>{_number}|an?|several|a\s+few|few)[\s-]+(?<u>{_unit})\s+(?<dir>ago|earlier|later|from\s+now)\b", ReadAgo, new RuleGate(["ago", "earlier", "later", "now"], 9));
        yield return Rule("year-earlier", Words("the", "year", "comparable", "corresponding"), @"\b(?:the\s+)?(?:(?:comparable|corresponding)\s+)?year-(?:earlier|ago)(?:\s+period)?\b", ReadYearEarlier, new RuleGate(["earlier", "ago"], 4));
        yield return Rule("year-period", Words("the"), @"\bthe\s+(?<y>(?:19|20)\d{2})\s+period\b", (m, ctx) => Calendar.InYear(SpanOf(m), Int(m.Groups["y"])), new RuleGate(["period"], 3));
        yield return Rule("season", Words(_lex.SeasonCodes.Keys, "early", "mid", "late", "last", "this", "next", "past", "coming"), $@"\b(?:(?<mod>early|mid|late)[\s-]+)?(?:(?<rel>last|this|next|past|coming)\s+)?(?<s>{season})\b(?:\s+(?:of\s+)?(?<y>\d{{4}})\b)?", ReadSeason, new RuleGate(_lex.SeasonCodes.Keys, 3));
    }

    private TimeMention? ReadWeekday(Match m, TimeContext ctx)
    {
        Group wd = m.Groups["wd"];
        if (!Capitalised(wd)) return null;
        int iso = _lex.Weekdays[wd.Value.ToLowerInvariant()];
        Span span = SpanOf(m);
        string? pod = m.Groups["pod"].Success ? _lex.PartOfDay[m.Groups["pod"].Value.ToLowerInvariant()] : null;
        if (ctx.Anchor is not DateOnly anchor)
            return new TimeMention(span, pod is null ? TimexType.DATE : TimexType.TIME, $"XXXX-WXX-{iso}" + (pod is null ? "" : "T" + pod), null, null, DatePrecision.Day);
        string rel = m.Groups["rel"].Success ? RegexWords.Normalise(m.Groups["rel"].ValueSpan) : "";
        DateOnly day = rel switch
        {
            "last" or "this past" or "past" => Calendar.Weekday(anchor, iso, Tense.Past, mayBeAnchor: false),
            "next" or "this coming" or "coming" => Calendar.Weekday(anchor, iso, Tense.Future, mayBeAnchor: false),
            "this" => anchor.AddDays(iso - Calendar.IsoDay(anchor)),
            _ => Calendar.Weekday(anchor, iso, ctx.TenseAt(span) == Tense.Future ? Tense.Future : Tense.Past, ctx.Options.WeekdayMayBePublicationDay),
        };
        return WithPartOfDay(span, day, pod);
    }

    private static TimeMention WithPartOfDay(Span span, DateOnly day, string? pod) =>
        pod is null ? Calendar.OnDay(span, day) : new TimeMention(span, TimexType.TIME, $"{Calendar.Day(day)}T{pod}", day, day, DatePrecision.Day);

    private TimeMention? ReadRelativeDay(Match m, TimeContext ctx)
    {
        string word = RegexWords.Normalise(m.Groups["w"].ValueSpan);
        Span span = SpanOf(m);
        string? pod = m.Groups["pod"].Success ? _lex.PartOfDay[m.Groups["pod"].Value.ToLowerInvariant()] : null;
        (int offset, string? impliedPod) = word switch
        {
            "before yesterday" => (-2, null),
            "after tomorrow" => (2, null),
            "yesterday" => (-1, null),
            "tomorrow" => (1, null),
            "tonight" => (0, "NI"),
            "overnight" => (-1, "NI"),
            _ => (0, null),
        };
        pod ??= impliedPod;
        if (ctx.Anchor is not DateOnly anchor)
        {
            string value = word == "today" && pod is null ? "PRESENT_REF" : "XXXX-XX-XX" + (pod is null ? "" : "T" + pod);
            return new TimeMention(span, pod is null ? TimexType.DATE : TimexType.TIME, value, null, null, DatePrecision.Day);
        }
        DateOnly day = anchor.AddDays(offset);
        TimeMention mention = WithPartOfDay(span, day, pod);
        // Overnight runs from the evening before publication into the publication day.
        return word == "overnight" ? mention with { End = anchor, Precision = DatePrecision.Range } : mention;
    }

    private TimeMention? ReadThisPartOfDay(Match m, TimeContext ctx)
    {
        string rel = RegexWords.Normalise(m.Groups["rel"].ValueSpan);
        string pod = _lex.PartOfDay[m.Groups["pod"].Value.ToLowerInvariant()];
        Span span = SpanOf(m);
        if (ctx.Anchor is not DateOnly anchor)
            return new TimeMention(span, TimexType.TIME, $"XXXX-XX-XXT{pod}", null, null, DatePrecision.Day);
        // "last night" is the night before publication; "last morning" is not said, so "last" always means the day before.
        return WithPartOfDay(span, rel.EndsWith("last", StringComparison.Ordinal) ? anchor.AddDays(-1) : anchor, pod);
    }

    private TimeMention? ReadRelativePeriod(Match m, TimeContext ctx)
    {
        string rel = m.Groups["rel"].Value.ToLowerInvariant(), unit = m.Groups["u"].Value.ToLowerInvariant();
        Span span = SpanOf(m);
        bool the = m.Groups["the"].Success;
        // "the past week" and "the last year" measure a stretch of time back from now.
        if (rel is "past" or "previous" && !m.Groups["mod"].Success || rel == "last" && the)
        {
            string code = unit switch { "week" => "W", "weekend" => "W", "month" => "M", "year" => "Y", _ => "DE" };
            if (unit == "weekend") return null;
            DateOnly? start = ctx.Anchor is DateOnly a ? Calendar.Add(a, -1, code) : null;
            return new TimeMention(span, TimexType.DURATION, Calendar.Duration(1, code), start, ctx.Anchor, start is null ? null : DatePrecision.Range);
        }
        int shift = rel switch { "last" or "previous" or "past" => -1, "next" or "coming" => 1, _ => 0 };
        if (ctx.Anchor is not DateOnly anchor)
        {
            string unresolved = unit switch { "week" => "XXXX-WXX", "weekend" => "XXXX-WXX-WE", "month" => "XXXX-XX", "year" => "XXXX", _ => "XXX" };
            return new TimeMention(span, TimexType.DATE, shift == 0 ? "PRESENT_REF" : unresolved, null, null, null);
        }
        TimeMention whole;
        switch (unit)
        {
            case "week":
                whole = Calendar.InWeek(span, anchor.AddDays(7 * shift));
                break;
            case "weekend":
                TimeMention week = Calendar.InWeek(span, anchor.AddDays(7 * shift));
                whole = week with { Value = week.Value + "-WE", Start = week.Start!.Value.AddDays(5), Precision = DatePrecision.Range };
                break;
            case "month":
                DateOnly month = anchor.AddMonths(shift);
                whole = Calendar.InMonth(span, month.Year, month.Month);
                break;
            case "year":
                whole = Calendar.InYear(span, anchor.Year + shift);
                break;
            default:
                int first = (anchor.Year / 10 + shift) * 10;
                whole = new TimeMention(span, TimexType.DATE, Calendar.Year(first)[..3], new DateOnly(first, 1, 1), new DateOnly(first + 9, 12, 31), DatePrecision.Range);
                break;
        }
        if (!m.Groups["mod"].Success) return whole;
        string mod = m.Groups["mod"].Value.ToLowerInvariant();
        // "earlier this month" ends at publication; "later this year" starts there.
        return mod switch
        {
            "earlier" when shift == 0 => whole with { End = anchor, Precision = DatePrecision.Range },
            "later" when shift == 0 => whole with { Start = anchor, Precision = DatePrecision.Range },
            "earlier" or "later" => whole,
            _ => Narrow(whole, mod),
        };
    }

    /// <summary>"year-earlier", "the year-ago period": the year before publication (a quarter in a quarterly report, see <see cref="ReportingFrame"/>).</summary>
    private static TimeMention? ReadYearEarlier(Match m, TimeContext ctx) =>
        ctx.Anchor is DateOnly a && Calendar.ValidYear(a.Year - 1)
            ? Calendar.InYear(SpanOf(m), a.Year - 1)
            : new TimeMention(SpanOf(m), TimexType.DATE, "PAST_REF", null, ctx.Anchor, null);

    private TimeMention? ReadAgo(Match m, TimeContext ctx)
    {
        string unit = _lex.UnitCodes[RegexWords.Normalise(m.Groups["u"].ValueSpan)];
        decimal? amount = Amount(m.Groups["n"]);
        Span span = SpanOf(m);
        string dir = RegexWords.Normalise(m.Groups["dir"].ValueSpan);
        int sign = dir == "ago" || dir == "earlier" ? -1 : 1;
        if (amount is null)
            return new TimeMention(span, TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, sign < 0 ? ctx.Anchor : null, null);
        if (amount <= 0 || amount > 5000 || amount != Math.Floor(amount.Value)) return null;
        if (ctx.Anchor is not DateOnly anchor)
            return new TimeMention(span, TimexType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, null, null);
        int n = (int)amount.Value * sign;
        DateOnly target;
        try { target = Calendar.Add(anchor, n, unit); }
        catch (ArgumentOutOfRangeException) { return null; }
        return unit switch
        {
            "Y" => Calendar.InYear(span, target.Year),
            "DE" => Calendar.InYear(span, target.Year) with { Value = Calendar.Year(target.Year)[..3], Precision = DatePrecision.Range },
            "M" => Calendar.InMonth(span, target.Year, target.Month),
            "W" => Calendar.InWeek(span, target),
            "D" => Calendar.OnDay(span, target),
            _ => Calendar.OnDay(span, anchor),
        };
    }

    /// <summary>The number in a quantity group: "three" → 3, "a" → 1, vague words ("several") → null.</summary>
    private decimal? Amount(Group g)
    {
        string n = RegexWords.Normalise(g.ValueSpan);
        return n switch
        {
            "a" or "an" or "another" or "all" or "full" or "whole" or "the whole" => 1,
            "couple of" or "a couple of" => 2,
            "several" or "a few" or "few" or "some" or "many" => null,
            _ => _numbers.Parse(g.ValueSpan),
        };
    }

    private TimeMention? ReadSeason(Match m, TimeContext ctx)
    {
        Group s = m.Groups["s"], rel = m.Groups["rel"];
        string name = s.Value.ToLowerInvariant();
        string code = _lex.SeasonCodes[name];
        bool bare = !rel.Success && !m.Groups["y"].Success && !m.Groups["mod"].Success;
        if (bare && (name == "fall" || PreviousWord(ctx.Text, m.Index) is not ("in" or "the" or "this" or "during" or "since" or "until" or "by" or "of")))
            return null;
        Span span = SpanOf(m);
        int year;
        if (m.Groups["y"].Success) year = Int(m.Groups["y"]);
        else if (ctx.Anchor is DateOnly anchor)
        {
            string r = rel.Success ? rel.Value.ToLowerInvariant() : "";
            Tense tense = r switch { "last" or "past" => Tense.Past, "next" or "coming" => Tense.Future, _ => ctx.TenseAt(span) };
            year = SeasonYear(anchor, code, tense, r);
        }
        else return new TimeMention(span, TimexType.DATE, $"XXXX-{code}", null, null, DatePrecision.Range);
        if (!Calendar.ValidYear(year)) return null;
        var (start, end) = SeasonInterval(year, code);
        var whole = new TimeMention(span, TimexType.DATE, $"{Calendar.Year(year)}-{code}", start, end, DatePrecision.Range);
        return m.Groups["mod"].Success ? Narrow(whole, m.Groups["mod"].Value) : whole;
    }

    private static (DateOnly Start, DateOnly End) SeasonInterval(int year, string code) => code switch
    {
        "SP" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
        "SU" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
        "FA" => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        _ => (new DateOnly(year, 12, 1), Calendar.LastOfMonth(year + 1, 2)),
    };

    /// <summary>
    /// The season's year: "this" is the one in (or around) the publication date; past tense the
    /// latest begun (for "last", ended) before it; future the earliest not yet over (for "next", begun).
    /// </summary>
    private static int SeasonYear(DateOnly anchor, string code, Tense tense, string rel)
    {
        int y = anchor.Year;
        if (rel == "this") return code == "WI" && anchor.Month <= 2 ? y - 1 : y;
        bool strict = rel is "last" or "next";
        if (tense == Tense.Future)
        {
            for (int candidate = y - 1; candidate <= y + 1; candidate++)
            {
                var (start, end) = SeasonInterval(candidate, code);
                if (strict ? start > anchor : end >= anchor) return candidate;
            }
            return y + 1;
        }
        for (int candidate = y; candidate >= y - 2; candidate--)
        {
            var (start, end) = SeasonInterval(candidate, code);
            if (strict ? end < anchor : start <= anchor) return candidate;
        }
        return y - 1;
    }
}
