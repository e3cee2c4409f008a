using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.TestSupport;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public class TemporalTaggerTests
{
    private static readonly TemporalTagger Tagger = new();

    public sealed record ExpectedMention(string Text, string? Type, string? Value, string? Start, string? End, string? Precision);
    public sealed record TimeCase(string Text, string? Published, ExpectedMention[] Expect, bool Exact);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < LoadCases().Count; i++) data.Add(i);
        return data;
    }

    private static IReadOnlyList<TimeCase> LoadCases() =>
        JsonSerializer.Deserialize<TimeCase[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Time", "TimeCases.json")), Json)!;

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Tag_TableCase_FindsExpectedValues(int index)
    {
        TimeCase c = LoadCases()[index];
        DateOnly? published = c.Published is null ? null : DateOnly.Parse(c.Published, System.Globalization.CultureInfo.InvariantCulture);
        var mentions = Tagger.Tag(c.Text, published);
        string found = string.Join("; ", mentions.Select(m => $"'{m.Span.TextOf(c.Text)}' {m.Type} {m.Value} {m.Start}..{m.End} {m.Precision}"));
        foreach (ExpectedMention e in c.Expect)
        {
            TimeMention? m = mentions.FirstOrDefault(x => x.Span.TextOf(c.Text) == e.Text);
            Assert.True(m is not null, $"case {index}: no mention '{e.Text}' in \"{c.Text}\"; found: {found}");
            if (e.Type is not null) Assert.Equal(e.Type, m.Type.ToString());
            if (e.Value is not null) Assert.True(e.Value == m.Value, $"case {index}: '{e.Text}' value {m.Value}, expected {e.Value}; found: {found}");
            if (e.Start is not null) Assert.Equal(e.Start, m.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (e.End is not null) Assert.Equal(e.End, m.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (e.Precision is not null) Assert.Equal(e.Precision, m.Precision?.ToString());
        }
        if (c.Exact) Assert.True(mentions.Length == c.Expect.Length, $"case {index}: expected exactly {c.Expect.Length}; found: {found}");
    }

    [Fact]
    public void Process_Document_AddsTimeLayerAnchoredAtPublication()
    {
        var doc = new Document("Militants attacked on Wednesday.", new DocumentMetadata { Source = "t", Published = new DateOnly(2025, 6, 6) });
        Document result = SitrepPipeline.ForLayers(SitrepResources.Empty, ["time"], new PipelineOptions { CheckInvariants = true }).Run(doc).Document;
        TimeMention m = Assert.Single(result.Get(TemporalTagger.Layer));
        Assert.Equal("2025-06-04", m.Value);
    }

    [Fact]
    public void TimeMention_Serialises_WithStringEnums()
    {
        var m = new TimeMention(new Span(0, 3), TimexType.DATE, "2025-06-04", new DateOnly(2025, 6, 4), new DateOnly(2025, 6, 4), DatePrecision.Day);
        string json = JsonSerializer.Serialize(m, new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } });
        Assert.Contains("\"Type\":\"DATE\"", json);
        Assert.Contains("\"Start\":\"2025-06-04\"", json);
    }

    [Fact]
    public void Tag_RandomInput_NeverThrowsAndSpansAreOrderedInsideText()
    {
        var random = new Random(5);
        string[] pieces = ["on ", "Friday", " 10", "/", "31", " January ", "2022", " last ", "week", " three", "-and-a-half ", "years", " ago", "since ", "between ", " and ", "mid-", "May", " 99999", ".", "\n", "every ", "night", " 3 p.m.", "quarter", "the ", "1990s", "recent ", "days"];
        for (int round = 0; round < 2000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 25)).Select(_ => pieces[random.Next(pieces.Length)]));
            DateOnly? anchor = random.Next(4) == 0 ? null : new DateOnly(2025, 1, 1).AddDays(random.Next(-4000, 400));
            var mentions = Tagger.Tag(text, anchor);
            int previousEnd = 0;
            foreach (TimeMention m in mentions)
            {
                Assert.True(m.Span.Start >= previousEnd && m.Span.End <= text.Length, $"bad span {m.Span} in \"{text}\"");
                if (m.Start is DateOnly s && m.End is DateOnly e) Assert.True(s <= e, $"interval {s}..{e} of '{m.Span.TextOf(text)}' is reversed");
                previousEnd = m.Span.End;
            }
        }
    }

    [Fact]
    public void Tag_PastTenseWeekday_NeverAfterPublication()
    {
        var anchor = new DateOnly(2025, 6, 6);
        foreach (string day in (string[])["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
        {
            string text = $"Gunmen killed five people on {day}.";
            TimeMention m = Assert.Single(Tagger.Tag(text, anchor));
            Assert.True(m.Start <= anchor && m.Start > anchor.AddDays(-7), $"{day} resolved to {m.Start}");
        }
    }

    [Fact]
    public void Tag_RandomInput_IntervalOverlapsItsValue()
    {
        var random = new Random(17);
        string[] pieces = ["on Friday", "10 January 2022", "last week", "yesterday", "in May", "last month", "two days ago", "three years ago", "the third quarter",
            "early 2020", "the 1990s", "late last year", "earlier this month", "in recent weeks", "last night", "10/01/2022", "between 25 and 27 July 2024", "in mid-November",
            "this summer", "2024-03-01", "a year earlier", "next week", "Jan. 14", "since 2012", "10 p.m. Wednesday", " and ", ". ", "killed ", "will meet "];
        for (int round = 0; round < 1500; round++)
        {
            string text = string.Join(' ', Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            DateOnly anchor = new DateOnly(2025, 1, 1).AddDays(random.Next(-4000, 400));
            foreach (TimeMention m in Tagger.Tag(text, anchor))
            {
                if (m.Start is not DateOnly s || m.End is not DateOnly e || ValuePeriod(m.Value) is not (DateOnly vs, DateOnly ve)) continue;
                Assert.True(s <= ve && e >= vs, $"'{m.Span.TextOf(text)}' {m.Value}: interval {s}..{e} misses the value's {vs}..{ve} in \"{text}\" @{anchor}");
            }
        }
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("last night")]
    [InlineData("overnight")]
    [InlineData("last week")]
    [InlineData("last month")]
    [InlineData("last year")]
    [InlineData("two days ago")]
    [InlineData("three weeks ago")]
    [InlineData("in recent weeks")]
    [InlineData("in recent days")]
    [InlineData("earlier this month")]
    [InlineData("earlier this year")]
    [InlineData("on Sunday night")]
    [InlineData("last Tuesday")]
    [InlineData("last summer")]
    public void Tag_PastTenseExpression_NeverAfterPublication(string expression)
    {
        for (int day = 0; day < 400; day += 13)
        {
            DateOnly anchor = new DateOnly(2024, 1, 1).AddDays(day);
            string text = $"Gunmen killed five people {expression}.";
            TimeMention m = Assert.Single(Tagger.Tag(text, anchor));
            Assert.True(m.End is DateOnly end && end <= anchor, $"'{expression}' @{anchor} ends {m.End}");
        }
    }

    /// <summary>The calendar period a TIMEX3 date value names (2025, 2025-06, 2025-06-04, 2025-W23, 2025-Q2, 199), or null.</summary>
    private static (DateOnly, DateOnly)? ValuePeriod(string value)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (value.Contains('/', StringComparison.Ordinal))
        {
            string[] parts = value.Split('/');
            return ValuePeriod(parts[0]) is (DateOnly a, _) && ValuePeriod(parts[1]) is (_, DateOnly b) ? (a, b) : null;
        }
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", culture, System.Globalization.DateTimeStyles.None, out DateOnly day)) return (day, day);
        if (value.Length == 3 && int.TryParse(value, culture, out int decade)) return (new DateOnly(decade * 10, 1, 1), new DateOnly(decade * 10 + 9, 12, 31));
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), culture, out int year) || year < 1) return null;
        if (value.Length == 4) return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        string rest = value[5..];
        if (rest.Length == 2 && int.TryParse(rest, culture, out int month)) return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4') { int q = rest[1] - '0'; return (new DateOnly(year, q * 3 - 2, 1), new DateOnly(year, q * 3, DateTime.DaysInMonth(year, q * 3))); }
        if (rest.StartsWith('W') && int.TryParse(rest.AsSpan(1, 2), culture, out int week))
        {
            DateOnly monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }
        // Seasons may run into the next year (winter); the year is enough of a check.
        return rest is "SP" or "SU" or "FA" or "WI" ? (new DateOnly(year, 1, 1), new DateOnly(year + 1, 2, 28)) : null;
    }

    [Fact]
    public void Tag_StrictWeekdayOption_PublicationWeekdayIsAWeekEarlier()
    {
        var strict = new TemporalTagger(new TemporalTaggerOptions { WeekdayMayBePublicationDay = false });
        TimeMention m = Assert.Single(strict.Tag("The group said on Friday it was leaving.", new DateOnly(2025, 6, 6)));
        Assert.Equal("2025-05-30", m.Value);
    }

    [Fact]
    public void Tag_MonthFirstOption_ReadsUsDates()
    {
        var us = new TemporalTagger(new TemporalTaggerOptions { NumericDateOrder = NumericDateOrder.MonthFirst });
        Assert.Equal("2022-10-01", Assert.Single(us.Tag("dated 10/01/2022", null)).Value);
    }

    [Fact]
    public void Tag_HugeLine_FinishesWithoutException()
    {
        string text = string.Concat(Enumerable.Repeat("Fighting on Friday killed 10 people since 2012 and ", 200_000));
        var mentions = Tagger.Tag(text, new DateOnly(2025, 6, 6));
        Assert.Equal(400_000, mentions.Length);
    }
}
