using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Lexicons;
using Sitrep.Numbers;

namespace Sitrep.Time;

/// <summary>
/// The temporal patterns, compiled once from the lexicons, each with its resolver. This file holds
/// the absolute dates; relative dates and durations/sets sit in the other parts.
/// </summary>
internal sealed partial class TimeRules
{
    private const string Ord = "(?:st|nd|rd|th)?";

    // English words that are also month or weekday names; as names they are written capitalised.
    private static readonly FrozenSet<string> AmbiguousNames =
        new[] { "may", "march", "mar", "sat", "sun", "wed", "jan", "dec", "fall" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<TimeRules> DefaultLazy = new(() => new TimeRules(TimeLexicon.Default, NumberLexicon.Default));

    private readonly TimeLexicon _lex;
    private readonly NumberGrammar _numbers;
    private readonly IEnumerable<string> _numberWords;
    private readonly string _month, _monthFull, _weekday, _weekdayFull, _partOfDay, _unit, _number;

    public TimeRules(TimeLexicon lexicon, NumberLexicon numbers)
    {
        _lex = lexicon;
        _numbers = new NumberGrammar(numbers);
        _month = RegexWords.Alternation(lexicon.Months.Keys);
        _monthFull = RegexWords.Alternation(Longest(lexicon.Months));
        _weekday = RegexWords.Alternation(lexicon.Weekdays.Keys);
        _weekdayFull = RegexWords.Alternation(Longest(lexicon.Weekdays));
        _partOfDay = RegexWords.Alternation(lexicon.PartOfDay.Keys);
        _unit = RegexWords.Alternation(lexicon.UnitCodes.Keys);
        _number = _numbers.Pattern;
        _numberWords = numbers.WordValues.Keys;
        All = WithGateBits([.. AbsoluteRules(), .. RelativeRules(), .. PeriodRules()]);
        DigitRules = [.. All.Where(r => r.Triggers.OnDigits)];
        ByWord = All.SelectMany(r => r.Triggers.Words.Select(w => (Word: w, Rule: r)))
            .GroupBy(x => x.Word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Rule).Distinct().ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        var marks = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        foreach (TimeRule rule in All.Where(r => r.GateBit != 0))
        {
            foreach (string w in rule.Gate!.Words) marks[w] = marks.GetValueOrDefault(w) | rule.GateBit;
        }
        // "the", "a" and "an" start expressions only before a word that is itself temporal or a number.
        foreach (string w in new[] { "the", "a", "an" }) marks[w] = marks.GetValueOrDefault(w) | WordEntry.Article;
        foreach (string w in ByWord.Keys.Concat(lexicon.UnitCodes.Keys).Concat(["day", "end", "beginning", "start", "middle", "few", "half"]))
        {
            if (!w.Equals("the", StringComparison.Ordinal)) marks[w] = marks.GetValueOrDefault(w) | WordEntry.ArticleFollower;
        }
        Entries = ByWord.Keys.Concat(marks.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(
            w => w, w => new WordEntry(ByWord.GetValueOrDefault(w, []), marks.GetValueOrDefault(w)), StringComparer.OrdinalIgnoreCase);
        WordLookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Filter = new TriggerFilter(Entries.Keys);
    }

    /// <summary>A cheap pre-test of a word against <see cref="Entries"/>.</summary>
    public TriggerFilter Filter { get; }

    /// <summary>Every word a rule begins with or a gate looks for, with what it means to the tagger.</summary>
    public FrozenDictionary<string, WordEntry> Entries { get; }

    public FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> WordLookup { get; }

    /// <summary>The rules that can start at a run of digits.</summary>
    public ImmutableArray<TimeRule> DigitRules { get; }

    /// <summary>The rules that can start at a word, by the word (case-insensitive).</summary>
    public FrozenDictionary<string, ImmutableArray<TimeRule>> ByWord { get; }

    /// <summary>The rules over the shipped lexicons, compiled once and shared (they are immutable).</summary>
    public static TimeRules Default => DefaultLazy.Value;

    public ImmutableArray<TimeRule> All { get; }

    /// <summary>Gives each gate with words its own bit, the mark its words carry in <see cref="WordEntry.Marks"/>.</summary>
    private static ImmutableArray<TimeRule> WithGateBits(ImmutableArray<TimeRule> rules)
    {
        var result = ImmutableArray.CreateBuilder<TimeRule>(rules.Length);
        int next = 0;
        foreach (TimeRule rule in rules)
        {
            if (rule.Gate is not { Words.Count: > 0 })
            {
                result.Add(rule);
                continue;
            }
            if (next == WordEntry.GateBits) throw new InvalidOperationException($"More than {WordEntry.GateBits} gated rules; widen WordEntry.Marks.");
            result.Add(rule with { GateBit = 1u << next++ });
        }
        return result.MoveToImmutable();
    }

    private static IEnumerable<string> Longest(FrozenDictionary<string, int> names) =>
        names.GroupBy(kv => kv.Value).Select(g => g.OrderByDescending(kv => kv.Key.Length).First().Key);

    private static TimeRule Rule(string name, RuleTriggers triggers, string pattern, Func<Match, TimeContext, TimeMention?> read, RuleGate? gate = null) =>
        new(name, triggers, new Regex(@"\G(?:" + pattern + ")", RegexWords.Options), read, gate);

    private static RuleTriggers Words(params string[] words) => Words([], words);

    private static RuleTriggers Words(IEnumerable<string> phrases, params string[] words) =>
        new(phrases.Concat(words).Select(FirstWord).ToFrozenSet(StringComparer.Ordinal), false);

    private static RuleTriggers Digits(RuleTriggers? words = null) => new(words?.Words ?? FrozenSet<string>.Empty, true);

    /// <summary>The run of letters a phrase starts with, as <see cref="TokenScanner"/> would cut it ("year-earlier" → "year").</summary>
    private static string FirstWord(string phrase)
    {
        int end = 0;
        while (end < phrase.Length && char.IsLetter(phrase[end])) end++;
        return end == 0 ? phrase : phrase[..end];
    }

    private IEnumerable<TimeRule> AbsoluteRules()
    {
        string weekdayPrefix = $@"(?:\b(?<wd>{_weekday})\.?,?\s+)?";
        yield return Rule("iso-date", Digits(), @"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b(?!-\d)", ReadIso, new RuleGate([], 0, follow: "-", shape: IsoShape));
        yield return Rule("numeric-date", Digits(), @"(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/-]|\.\d)", ReadNumeric, new RuleGate([], 0, follow: "/.-", shape: NumericShape));
        yield return Rule("day-month", Digits(Words(_lex.Weekdays.Keys, "the")), $@"{weekdayPrefix}(?:the\s+)?\b(?<d>\d{{1,2}}){Ord}\s+(?:of\s+)?(?<mon>{_month})\b\.?(?:,?\s+(?<y>\d{{4}})\b)?", ReadDayMonth, new RuleGate(_lex.Months.Keys, 7));
        yield return Rule("month-day", Words(_lex.Weekdays.Keys.Concat(_lex.Months.Keys)), $@"{weekdayPrefix}\b(?<mon>{_month})\.?\s+(?<d>\d{{1,2}}){Ord}\b(?!\s*(?:%|[.,:]\d))(?:,?\s+(?<y>\d{{4}})\b)?", ReadDayMonth, new RuleGate([], 4, digits: true));
        yield return Rule("day-range", Digits(Words("between", "from")), $@"\b(?:(?<between>between|from)\s+)?(?<d1>\d{{1,2}}){Ord}\s*(?<join>-|–|to|and|until|till|through)\s*(?<d>\d{{1,2}}){Ord}\s+(?:of\s+)?(?<mon>{_month})\b\.?(?:,?\s+(?<y>\d{{4}})\b)?", ReadDayRange, new RuleGate(_lex.Months.Keys, 9));
        yield return Rule("month-day-range", Words(_lex.Months.Keys, "between", "from"), $@"\b(?:(?<between>between|from)\s+)?(?<mon>{_month})\.?\s+(?<d1>\d{{1,2}}){Ord}\s*(?<join>-|–|to|and|until|till|through)\s*(?<d>\d{{1,2}}){Ord}\b(?:,?\s+(?<y>\d{{4}})\b)?", ReadDayRange, new RuleGate([], 4, digits: true));
        yield return Rule("month", Words(_lex.Months.Keys, "early", "mid", "late", "the", "last", "this", "next", "past"), $@"\b(?:(?<mod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?(?:(?<rel>last|this|next|past)\s+)?(?<mon>{_month})\b\.?(?:,?\s+(?:of\s+)?(?<y>\d{{4}})\b)?", ReadMonth, new RuleGate(_lex.Months.Keys, 5));
        yield return Rule("year", Digits(Words("early", "mid", "late", "fiscal")), @"(?<![\d,.$€£#/-])\b(?:(?<mod>early|mid|late)[\s-]+)?(?:fiscal\s+)?(?<y>1[5-9]\d{2}|20\d{2})\b(?![,.]\d|-\d|\s*%)", ReadYear, new RuleGate(["early", "mid", "late", "fiscal"], 1, fourDigits: true));
        yield return Rule("decade", Digits(Words("the", "early", "mid", "late")), @"\b(?:the\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?:(?<c>1[5-9]\d|20\d)0|['’](?<s>\d)0)['’]?s\b", ReadDecade, new RuleGate(["s"], 5));
    }

    /// <summary>2022-01-10: four digits, a hyphen, two digits, a hyphen and a digit.</summary>
    private static bool IsoShape(string text, int start, int end) =>
        end - start == 4 && end + 5 < text.Length && text[end] == '-' && DigitRun(text, end + 1) == 2 && text[end + 3] == '-' && char.IsDigit(text[end + 4]);

    /// <summary>10/01/2022: one or two digits, a separator, one or two digits, the same separator and a digit.</summary>
    private static bool NumericShape(string text, int start, int end)
    {
        if (end - start > 2 || end + 1 >= text.Length) return false;
        int second = DigitRun(text, end + 1), after = end + 1 + second;
        return second is 1 or 2 && after + 1 < text.Length && text[after] == text[end] && char.IsDigit(text[after + 1]);
    }

    private static int DigitRun(string text, int from)
    {
        int i = from;
        while (i < text.Length && char.IsDigit(text[i])) i++;
        return i - from;
    }

    private static Span SpanOf(Match m) => new(m.Index, m.Index + m.Length);

    /// <summary>The match without a final full stop that ends the sentence rather than an abbreviation ("in May.").</summary>
    private Span TrimmedSpan(Match m)
    {
        int end = m.Index + m.Length;
        if (end > m.Index && m.Value[^1] == '.')
        {
            Group mon = m.Groups["mon"];
            bool abbreviated = mon.Success && mon.Index + mon.Length == end - 1 && !IsFullMonth(mon.Value);
            if (!abbreviated) end--;
        }
        return new Span(m.Index, end);
    }

    private bool IsFullMonth(string name) => name.Length > 4 || name.Equals("may", StringComparison.OrdinalIgnoreCase)
        || name.Equals("june", StringComparison.OrdinalIgnoreCase) || name.Equals("july", StringComparison.OrdinalIgnoreCase);

    private static bool Capitalised(Group g) => g.Success && g.Length > 0 && char.IsUpper(g.Value[0]);

    /// <summary>Names that are also ordinary words ("may", "march", "sun") count only when capitalised.</summary>
    private static bool NameAllowed(Group g) => !g.Success || Capitalised(g) || !AmbiguousNames.Contains(g.Value.ToLowerInvariant());

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private int MonthOf(Group g) => _lex.Months[g.Value.ToLowerInvariant()];

    private TimeMention? ReadIso(Match m, TimeContext ctx) =>
        Calendar.TryDate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"])) is DateOnly d ? Calendar.OnDay(SpanOf(m), d) : null;

    private TimeMention? ReadNumeric(Match m, TimeContext ctx)
    {
        int a = Int(m.Groups["a"]), b = Int(m.Groups["b"]), y = Int(m.Groups["y"]);
        if (m.Groups["y"].Length == 2) y += y < 50 ? 2000 : 1900;
        // A field above 12 must be the day; otherwise the configured order decides (day first by default).
        bool dayFirst = a > 12 || (b <= 12 && ctx.Options.NumericDateOrder == NumericDateOrder.DayFirst);
        if (m.Groups["sep"].Value == "." && !dayFirst) return null;
        DateOnly? d = dayFirst ? Calendar.TryDate(y, b, a) : Calendar.TryDate(y, a, b);
        return d is DateOnly day ? Calendar.OnDay(SpanOf(m), day) : null;
    }

    private TimeMention? ReadDayMonth(Match m, TimeContext ctx)
    {
        Group mon = m.Groups["mon"];
        if (!NameAllowed(mon) || !NameAllowed(m.Groups["wd"])) return null;
        int month = MonthOf(mon), day = Int(m.Groups["d"]);
        Span span = TrimmedSpan(m);
        if (day is < 1 or > 31) return null;
        if (m.Groups["y"].Success)
            return Calendar.TryDate(Int(m.Groups["y"]), month, day) is DateOnly d ? Calendar.OnDay(span, d) : null;
        if (day > DateTime.DaysInMonth(2024, month)) return null;
        if (ctx.Anchor is not DateOnly anchor)
            return new TimeMention(span, TimexType.DATE, $"XXXX-{month:00}-{day:00}", null, null, DatePrecision.Day);
        int year = Calendar.YearFor(anchor, month, day, ctx.TenseAt(span));
        return Calendar.TryDate(year, month, day) is DateOnly resolved ? Calendar.OnDay(span, resolved) : null;
    }

    private TimeMention? ReadDayRange(Match m, TimeContext ctx)
    {
        Group mon = m.Groups["mon"];
        if (!NameAllowed(mon)) return null;
        if (m.Groups["join"].Value.Equals("and", StringComparison.OrdinalIgnoreCase) && !m.Groups["between"].Success) return null;
        int month = MonthOf(mon), d1 = Int(m.Groups["d1"]), d2 = Int(m.Groups["d"]);
        if (d1 is < 1 or > 31 || d2 <= d1 || d2 > 31) return null;
        Span span = TrimmedSpan(m);
        int? year = m.Groups["y"].Success ? Int(m.Groups["y"])
            : ctx.Anchor is DateOnly anchor ? Calendar.YearFor(anchor, month, d1, ctx.TenseAt(span)) : null;
        if (year is not int y)
            return new TimeMention(span, TimexType.DATE, $"XXXX-{month:00}-{d1:00}/XXXX-{month:00}-{d2:00}", null, null, DatePrecision.Range);
        if (Calendar.TryDate(y, month, d1) is not DateOnly start || Calendar.TryDate(y, month, d2) is not DateOnly end) return null;
        return new TimeMention(span, TimexType.DATE, $"{Calendar.Day(start)}/{Calendar.Day(end)}", start, end, DatePrecision.Range);
    }

    private TimeMention? ReadMonth(Match m, TimeContext ctx)
    {
        Group mon = m.Groups["mon"], rel = m.Groups["rel"], mod = m.Groups["mod"];
        bool hasYear = m.Groups["y"].Success;
        // A bare month name must be capitalised, spelt out, and for "May" introduced by a date word.
        if (!Capitalised(mon) || !hasYear && !IsFullMonth(mon.Value)) return null;
        string lower = mon.Value.ToLowerInvariant();
        if (lower == "may" && !hasYear && !rel.Success && !mod.Success && PreviousWord(ctx.Text, m.Index) is not ("in" or "since" or "until" or "by" or "of" or "during" or "from" or "before" or "after" or "through" or "last" or "early" or "late" or "mid"))
            return null;
        int month = MonthOf(mon);
        Span span = TrimmedSpan(m);
        int year;
        if (hasYear) year = Int(m.Groups["y"]);
        else if (ctx.Anchor is DateOnly anchor)
        {
            string r = rel.Success ? rel.Value.ToLowerInvariant() : "";
            year = r switch
            {
                "last" or "past" => month < anchor.Month ? anchor.Year : anchor.Year - 1,
                "next" => month > anchor.Month ? anchor.Year : anchor.Year + 1,
                "this" => anchor.Year,
                _ => ctx.TenseAt(span) is var tense && tense is Tense.Future
                    ? Calendar.YearFor(anchor, month, 31, Tense.Future)
                    : Calendar.YearFor(anchor, month, 1, tense),
            };
        }
        else return new TimeMention(span, TimexType.DATE, $"XXXX-{month:00}", null, null, DatePrecision.Month);
        if (!Calendar.ValidYear(year)) return null;
        TimeMention whole = Calendar.InMonth(span, year, month);
        return mod.Success ? Narrow(whole, mod.Value) : whole;
    }

    private TimeMention? ReadYear(Match m, TimeContext ctx)
    {
        Group y = m.Groups["y"];
        string before = PreviousWord(ctx.Text, m.Index), after = NextWord(ctx.Text, m.Index + m.Length);
        if (_lex.CountQualifiers.Contains(before) || _lex.CountNouns.Contains(after)) return null;
        TimeMention whole = Calendar.InYear(SpanOf(m), Int(y));
        return m.Groups["mod"].Success ? Narrow(whole, m.Groups["mod"].Value) : whole;
    }

    private TimeMention? ReadDecade(Match m, TimeContext ctx)
    {
        string stem = m.Groups["c"].Success ? m.Groups["c"].Value : "19" + m.Groups["s"].Value;
        int first = int.Parse(stem, CultureInfo.InvariantCulture) * 10;
        var whole = new TimeMention(SpanOf(m), TimexType.DATE, stem, new DateOnly(first, 1, 1), new DateOnly(first + 9, 12, 31), DatePrecision.Range);
        return m.Groups["mod"].Success ? Narrow(whole, m.Groups["mod"].Value) : whole;
    }

    /// <summary>"early", "mid", "late" (and "the end of"…) keep the value and narrow the interval to a third of it.</summary>
    private static TimeMention Narrow(TimeMention whole, string modifier)
    {
        if (whole.Start is not DateOnly s || whole.End is not DateOnly e) return whole;
        int days = e.DayNumber - s.DayNumber + 1;
        int third = Math.Max(1, days / 3);
        string mod = RegexWords.Normalise(modifier);
        (DateOnly start, DateOnly end) = mod switch
        {
            "early" or "the beginning of" or "the start of" => (s, s.AddDays(third - 1)),
            "mid" or "the middle of" => (s.AddDays(third), e.AddDays(-third)),
            _ => (e.AddDays(-(third - 1)), e),
        };
        return whole with { Start = start, End = end, Precision = DatePrecision.Range };
    }

    private static string PreviousWord(string text, int index)
    {
        int e = index;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return e - s > 20 ? "" : text[s..e].ToLowerInvariant();
    }

    private static string NextWord(string text, int index)
    {
        int s = index;
        while (s < text.Length && char.IsWhiteSpace(text[s])) s++;
        int e = s;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '%')) e++;
        return e - s > 20 ? "" : text[s..e].ToLowerInvariant();
    }
}
