using Sitrep.Documents;
using Sitrep.Numbers;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Numbers;

public class QuantityTaggerTests
{
    private static Document Annotate(string text)
    {
        var doc = new Document(text, new DocumentMetadata { Source = "t", Published = new DateOnly(2025, 6, 6) });
        PipelineResult result = SitrepPipeline.ForLayers(SitrepResources.Empty, ["numbers"], new PipelineOptions { CheckInvariants = true }).Run(doc);
        Assert.Null(result.Failure);
        return result.Document;
    }

    [Theory]
    [InlineData("Militants killed 73 soldiers.", "73", 73L, 73L, 73L, QuantityKind.Exact, "soldiers")]
    [InlineData("Some 1,000 people fled.", "Some 1,000", null, 1000L, null, QuantityKind.Approximately, "people")]
    [InlineData("Damage reached 2.5 million dollars.", "2.5 million", 2500000L, 2500000L, 2500000L, QuantityKind.Exact, "dollars")]
    [InlineData("Gunmen killed three villagers.", "three", 3L, 3L, 3L, QuantityKind.Exact, "villagers")]
    [InlineData("A dozen houses burned.", "A dozen", 12L, 12L, 12L, QuantityKind.Exact, "houses")]
    [InlineData("The army killed dozens of jihadists.", "dozens", 12L, 12L, null, QuantityKind.Vague, "jihadists")]
    [InlineData("Hundreds of civilians fled.", "Hundreds", 100L, 100L, null, QuantityKind.Vague, "civilians")]
    [InlineData("Several soldiers died.", "Several", 10L, 10L, null, QuantityKind.Vague, "soldiers")]
    [InlineData("Tens of protesters were hurt.", "Tens", 10L, 10L, null, QuantityKind.Vague, "protesters")]
    [InlineData("The attacks killed more than 100 Malian soldiers.", "more than 100", 100L, 100L, null, QuantityKind.MoreThan, "soldiers")]
    [InlineData("At least 12 people died.", "At least 12", 12L, 12L, null, QuantityKind.AtLeast, "people")]
    [InlineData("Up to 100 fighters were killed.", "Up to 100", null, null, 100L, QuantityKind.UpTo, "fighters")]
    [InlineData("Nearly 800 people have died.", "Nearly 800", null, 800L, 800L, QuantityKind.Nearly, "people")]
    [InlineData("Between 16 and 25 soldiers were killed.", "Between 16 and 25", 16L, 16L, 25L, QuantityKind.Range, "soldiers")]
    [InlineData("The blast killed 16 to 25 people.", "16 to 25", 16L, 16L, 25L, QuantityKind.Range, "people")]
    [InlineData("The attack killed twenty-five policemen.", "twenty-five", 25L, 25L, 25L, QuantityKind.Exact, "policemen")]
    [InlineData("It is about 70-80% former fighters.", "about 70-80", 70L, 70L, 80L, QuantityKind.Range, "percent")]
    [InlineData("Two dozen people died.", "Two dozen", 24L, 24L, 24L, QuantityKind.Exact, "people")]
    [InlineData("More than a dozen soldiers were killed.", "More than a dozen", 12L, 12L, null, QuantityKind.MoreThan, "soldiers")]
    [InlineData("Over 100 fighters were killed.", "Over 100", 100L, 100L, null, QuantityKind.MoreThan, "fighters")]
    [InlineData("The clashes killed 16-25 civilians.", "16-25", 16L, 16L, 25L, QuantityKind.Range, "civilians")]
    [InlineData("At least three soldiers died.", "At least three", 3L, 3L, null, QuantityKind.AtLeast, "soldiers")]
    [InlineData("More than 2.5 million people fled.", "More than 2.5 million", 2500000L, 2500000L, null, QuantityKind.MoreThan, "people")]
    [InlineData("Many villagers fled.", "Many", 10L, 10L, null, QuantityKind.Vague, "villagers")]
    [InlineData("Some two hundred and fifty people were killed.", "Some two hundred and fifty", null, 250L, null, QuantityKind.Approximately, "people")]
    [InlineData("1,000 people fled.", "1,000", 1000L, 1000L, 1000L, QuantityKind.Exact, "people")]
    public void Tag_Expression_ReadsAcledRange(string text, string span, long? low, long? best, long? high, QuantityKind kind, string noun)
    {
        Document doc = Annotate(text);
        QuantityMention m = Assert.Single(doc.Get(QuantityTagger.Layer));
        Assert.Equal(span, doc.TextOf(m.Span));
        Assert.Equal((low, best, high, kind, noun), (m.Low, m.Best, m.High, m.Kind, m.Noun));
    }

    [Theory]
    [InlineData("The coups of 2020 and 2021 changed Mali.")]
    [InlineData("Fighting resumed on 10 January 2022.")]
    [InlineData("It lasted three-and-a-half years.")]
    [InlineData("No one was hurt.")]
    [InlineData("The Su-25 crashed.")]
    public void Tag_DatesAndNonCounts_AreNotQuantities(string text)
    {
        Assert.Empty(Annotate(text).Get(QuantityTagger.Layer));
    }

    [Fact]
    public void Tag_TwoCountsJoinedByAnd_AreTwoMentions()
    {
        Document doc = Annotate("Clashes killed 3 soldiers and 2 civilians.");
        Assert.Equal([3L, 2L], doc.Get(QuantityTagger.Layer).Select(m => m.Best!.Value));
    }

    [Fact]
    public void Tag_RandomInput_NeverThrowsAndSpansAreOrdered()
    {
        var tagger = new QuantityTagger();
        var random = new Random(9);
        string[] pieces = ["more than ", "100", " dozens", " of ", "between ", " and ", "1,000", ",", " to ", "-", "three", " hundred", " million", "at least ", "a dozen", ".", "9999999999999999999999", " one", " soldiers"];
        for (int round = 0; round < 2000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => pieces[random.Next(pieces.Length)]));
            int previousEnd = 0;
            foreach (QuantityMention m in tagger.Tag(text, []))
            {
                Assert.True(m.Span.Start >= previousEnd && m.Span.End <= text.Length && !m.Span.IsEmpty, $"bad span {m.Span} in \"{text}\"");
                Assert.True(m.Low is null || m.High is null || m.Low <= m.High);
                previousEnd = m.Span.End;
            }
        }
    }

    [Theory]
    [InlineData("Between 16 and 25 soldiers were killed on 31/02/2024.")]
    [InlineData("In the year 99999 an estimated 1,200 people died.")]
    [InlineData("9999999999999999999999999999999999 people")]
    [InlineData("three billion billion billion billion billion people")]
    public void Tag_BadInput_NoException(string text)
    {
        var tagger = new QuantityTagger();
        foreach (QuantityMention m in tagger.Tag(text, []))
            Assert.True(m.Low is null || m.High is null || m.Low <= m.High);
    }

    [Fact]
    public void Tag_RandomCounts_RangeHoldsBest()
    {
        var tagger = new QuantityTagger();
        var random = new Random(11);
        string[] qualifiers = ["", "more than ", "at least ", "up to ", "nearly ", "about ", "between ", "some "];
        for (int round = 0; round < 500; round++)
        {
            int a = random.Next(1, 5000), b = a + random.Next(0, 500);
            string q = qualifiers[random.Next(qualifiers.Length)];
            string text = q == "between " ? $"Between {a} and {b} people died." : random.Next(3) == 0 ? $"{q}{a} to {b} people died." : $"{q}{a} people died.";
            QuantityMention m = Assert.Single(tagger.Tag(text, []));
            // The best figure lies inside whatever bounds the reading gives.
            if (m.Best is long best)
            {
                Assert.True(m.Low is null || m.Low <= best, text);
                Assert.True(m.High is null || best <= m.High, text);
            }
            Assert.True(m.Low is not null || m.Best is not null || m.High is not null, text);
        }
    }

    [Fact]
    public void QuantityMention_Serialises_KindAsString()
    {
        var m = new QuantityMention(new Span(0, 13), 100, 100, null, QuantityKind.MoreThan, "soldiers");
        Assert.Contains("\"Kind\":\"more-than\"", System.Text.Json.JsonSerializer.Serialize(m));
    }

    [Fact]
    public void Tag_HugeLine_FinishesWithoutException()
    {
        string text = string.Concat(Enumerable.Repeat("more than 100 soldiers and dozens of civilians, ", 200_000));
        Assert.Equal(400_000, new QuantityTagger().Tag(text, []).Count);
    }
}
