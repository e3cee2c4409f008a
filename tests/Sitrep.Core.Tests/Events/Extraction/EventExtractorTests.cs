using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Extraction;
using Sitrep.Numbers;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Core.Tests.Events.Extraction;

public class EventExtractorTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly DocumentPipeline Pipeline = new([new ParagraphSplitter(), new TemporalTagger(), new QuantityTagger(), new EventExtractor(new EventExtractorOptions { IncludeBackground = true, IncludeAggregates = true })]);

    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < LoadCases().Count; i++) data.Add(i);
        return data;
    }

    internal static IReadOnlyList<ExtractionCase> LoadCases(string file = "ExtractionCases.json") =>
        JsonSerializer.Deserialize<ExtractionCase[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", "Extraction", file)), Json)!;

    private static ImmutableArray<ConflictEvent> Extract(string text, string published)
    {
        var document = new Document(text, new DocumentMetadata { Source = "test", Published = DateOnly.Parse(published, CultureInfo.InvariantCulture) });
        PipelineResult result = Pipeline.Run(document, CancellationToken.None);
        return result.Document.Get(EventLayers.Events);
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Extract_TableCase_FindsExpectedEvents(int index)
    {
        ExtractionCase c = LoadCases()[index];
        Check(c, Extract(c.Text, c.Published));
    }

    internal static void Check(ExtractionCase c, ImmutableArray<ConflictEvent> events)
    {
        string found = string.Join("; ", events.Select(e => $"{e.SubEventType} {e.Date.Start:yyyy-MM-dd} dead={e.Fatalities.Best} bg={e.Background} agg={e.Aggregate}"));
        Assert.True(events.Length == c.Events.Length, $"{c.Name}: expected {c.Events.Length} event(s), found {events.Length}: {found}");
        for (int i = 0; i < c.Events.Length; i++)
        {
            ExpectedEvent x = c.Events[i];
            ConflictEvent e = events[i];
            if (x.SubEventType is not null) Assert.True(x.SubEventType == e.SubEventType, $"{c.Name}: event {i} is {e.SubEventType}; found: {found}");
            if (x.DateStart is not null) Assert.True(x.DateStart == e.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{c.Name}: event {i} date; found: {found}");
            if (x.FatalitiesBest is not null) Assert.True(x.FatalitiesBest == e.Fatalities.Best, $"{c.Name}: event {i} fatalities; found: {found}");
            if (x.FatalitiesLow is not null) Assert.Equal(x.FatalitiesLow, e.Fatalities.Low);
            if (x.Background is not null) Assert.True(x.Background == e.Background, $"{c.Name}: event {i} background; found: {found}");
            if (x.Aggregate is not null) Assert.True(x.Aggregate == e.Aggregate, $"{c.Name}: event {i} aggregate; found: {found}");
            if (x.Actor1 is not null) Assert.True(x.Actor1 == e.Actor1?.Name, $"{c.Name}: event {i} actor1 is {e.Actor1?.Name}; found: {found}");
            if (x.Actor2 is not null) Assert.True(x.Actor2 == e.Actor2?.Name, $"{c.Name}: event {i} actor2 is {e.Actor2?.Name}; found: {found}");
            if (x.Location is not null) Assert.True(x.Location == e.Place.Location, $"{c.Name}: event {i} location is {e.Place.Location}; found: {found}");
            if (x.Claims is not null) CheckClaims(c.Name, x.Claims, e);
        }
    }

    // Expected claims are "kind:name" separated by '|'; each must be among the event's claims, with the name among its claimant's names.
    private static void CheckClaims(string name, string expected, ConflictEvent e)
    {
        string found = string.Join("; ", e.Claims.Select(k => $"{k.What.ToString().ToLowerInvariant()}:{string.Join("/", k.By)}"));
        foreach (string want in expected.Split('|'))
        {
            string[] parts = want.Split(':');
            bool ok = e.Claims.Any(k => string.Equals(k.What.ToString(), parts[0], StringComparison.OrdinalIgnoreCase)
                && k.By.Any(b => string.Equals(b, parts[1], StringComparison.OrdinalIgnoreCase)));
            Assert.True(ok, $"{name}: claim {want} not found; claims: {found}");
        }
    }

    [Fact]
    public void Extract_SourceGivesToll_NoSeparateOccurrenceClaim()
    {
        ConflictEvent e = Assert.Single(Extract("Gunmen attacked a village on Monday, killing 12 people, the police said.", "2024-06-14"));
        Assert.Contains(e.Claims, c => c.What == ClaimKind.Fatalities);
        Assert.DoesNotContain(e.Claims, c => c.What == ClaimKind.Occurrence);
    }

    [Fact]
    public void Extract_TollSourceAlsoTellsTheEventInItsOwnSentence_ClaimsOccurrenceAndFatalities()
    {
        const string text = "Gunmen attacked a police post in Kaya on Wednesday, the government said.\n\n\"Four officers died in the attack,\" it added.";
        ConflictEvent e = Assert.Single(Extract(text, "2024-09-20"));
        Assert.Contains(e.Claims, c => c.What == ClaimKind.Occurrence && c.By.Contains("government"));
        Assert.Contains(e.Claims, c => c.What == ClaimKind.Fatalities && c.By.Contains("government"));
    }

    [Theory]
    // The occurrence's only source is borrowed from the toll sentence.
    [InlineData("Gunmen stormed a market in Kano on Tuesday.\n\nSix traders were killed in the attack, the police said.", "2024-09-20")]
    // Another source tells the event beside the toll.
    [InlineData("Gunmen attacked a village in Zamfara on Monday, residents said.\n\nTwelve people were killed in the attack, the police said.", "2024-06-14")]
    public void Extract_OccurrenceNotStatedByTheTollSource_OnlyTheTollIsClaimed(string text, string published)
    {
        ConflictEvent e = Assert.Single(Extract(text, published));
        Assert.Contains(e.Claims, c => c.What == ClaimKind.Fatalities && c.By.Contains("police"));
        Assert.DoesNotContain(e.Claims, c => c.What == ClaimKind.Occurrence);
    }

    [Fact]
    public void Extract_AnyEvent_HasEventEvidenceInsideTextAndDocumentScopedId()
    {
        const string text = "Soldiers clashed with insurgents near the border on Friday. Two soldiers died.";
        ImmutableArray<ConflictEvent> events = Extract(text, "2024-02-10");
        ConflictEvent e = Assert.Single(events);
        Evidence evidence = Assert.Single(e.Evidence, x => x.Field == "event");
        Assert.Equal(evidence.Text, evidence.Span.TextOf(text));
        Assert.EndsWith("-e1", e.Id, StringComparison.Ordinal);
        Assert.Contains(e.Evidence, x => x.Field == "date" && x.Text.Contains("Friday", StringComparison.Ordinal));
        Assert.Equal("ASSAULT", e.PloverType);
    }

    [Fact]
    public void Extract_ConflictingTolls_HighIsTheLargestClaim()
    {
        ConflictEvent e = Assert.Single(Extract("Gunmen attacked a village on Tuesday; officials said 12 people were killed, while residents put the death toll at 20.", "2024-06-14"));
        Assert.Equal(new FatalityCount(12, 12, 20), e.Fatalities);
    }

    [Fact]
    public void Requires_OnlyLayersProducedBeforeIt()
    {
        var stage = new EventExtractor();
        Assert.Equal(["paragraphs", "time", "numbers"], stage.Requires.Select(k => k.Name));
        Assert.Equal("events", Assert.Single(stage.Produces).Name);
    }

    [Fact]
    public void Extract_DefaultOptions_LeaveOutPastContextUnlessAsked()
    {
        var document = new Document("The army seized power in 2012.", new DocumentMetadata { Source = "t", Published = new DateOnly(2024, 1, 1) });
        Document annotated = new DocumentPipeline([new ParagraphSplitter(), new TemporalTagger(), new QuantityTagger()]).Run(document, CancellationToken.None).Document;
        Assert.Empty(new EventExtractor().Extract(annotated));
        Assert.True(Assert.Single(new EventExtractor(new EventExtractorOptions { IncludeBackground = true }).Extract(annotated)).Background);
    }
}
