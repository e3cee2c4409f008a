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
