using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Pipeline;

public class DocumentPipelineTests
{
    private sealed record Mark(Span Span) : ISpanned;

    private static readonly LayerKey<Mark> Marks = new("marks", allowsOverlap: false);

    private sealed class MarkStage(Func<Document, IEnumerable<Mark>> produce, params ILayerKey[] requires) : IPipelineStage
    {
        public string Name => "marks";
        public IReadOnlyList<ILayerKey> Requires => requires;
        public IReadOnlyList<ILayerKey> Produces => [Marks];
        public Document Process(Document document, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return document.With(Marks, produce(document));
        }
    }

    private static Document Doc(string text = "Alpha.\n\nBeta.") => new(text, new DocumentMetadata { Source = "t.txt" });

    [Fact]
    public void Constructor_RequirementNotProducedEarlier_ThrowsStageOrder()
    {
        var ex = Assert.Throws<PipelineBuildException>(() =>
            new DocumentPipeline([new MarkStage(_ => [], ParagraphSplitter.Layer), new ParagraphSplitter()]));
        Assert.Equal(ErrorCodes.StageOrder, ex.Code);
        Assert.Contains("paragraphs", ex.Message);
    }

    [Fact]
    public void Constructor_TwoStagesProduceOneLayer_Throws()
    {
        Assert.Throws<PipelineBuildException>(() => new DocumentPipeline([new ParagraphSplitter(), new ParagraphSplitter()]));
    }

    [Fact]
    public void Run_ValidOrder_ProducesAllLayers()
    {
        var pipeline = new DocumentPipeline(
            [new ParagraphSplitter(), new MarkStage(d => d.Get(ParagraphSplitter.Layer).Select(p => new Mark(p.Span)), ParagraphSplitter.Layer)],
            new PipelineOptions { CheckInvariants = true });
        PipelineResult result = pipeline.Run(Doc());
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(2, result.Document.Get(Marks).Length);
    }

    [Fact]
    public void Run_StageThrows_ReportsStageDocumentAndCode()
    {
        var pipeline = new DocumentPipeline([new MarkStage(_ => throw new FormatException("boom"))]);
        Document doc = Doc();
        PipelineResult result = pipeline.Run(doc);
        Assert.False(result.Succeeded);
        Assert.Equal("marks", result.Failure!.Stage);
        Assert.Equal(doc.Id, result.Failure.DocumentId);
        Assert.Equal(ErrorCodes.StageFailed, result.Failure.Code);
        Assert.Contains("boom", result.Failure.Message);
    }

    [Fact]
    public void Run_Cancelled_ReportsCancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        PipelineResult result = new DocumentPipeline([new ParagraphSplitter()]).Run(Doc(), cts.Token);
        Assert.Equal(ErrorCodes.Cancelled, result.Failure!.Code);
    }

    [Fact]
    public void RunBatch_SeveralDocuments_SameResultsAsOneByOneInInputOrder()
    {
        DocumentPipeline pipeline = SitrepPipeline.CreateDefault(Sitrep.Tests.BundledResources.Resources);
        Document[] documents =
        [
            Doc("Gunmen attacked a market in Kano on Wednesday, killing seven traders."),
            Doc(""),
            Doc("Police arrested 12 people in Lagos on Friday.\n\nThe army said troops clashed with rebels near Goma."),
        ];
        var batch = pipeline.RunBatch(documents);
        Assert.Equal(documents.Length, batch.Length);
        for (int i = 0; i < documents.Length; i++)
        {
            PipelineResult alone = pipeline.Run(documents[i]);
            Assert.True(batch[i].Succeeded, batch[i].Failure?.ToString());
            Assert.Equal(documents[i].Id, batch[i].Document.Id);
            Assert.Equal(alone.Document.Layers.Select(l => (l.Name, l.Count)), batch[i].Document.Layers.Select(l => (l.Name, l.Count)));
            Assert.Equal(alone.Document.Get(Sitrep.Events.EventLayers.Events).Select(e => e.SubEventType + e.Date.Start),
                batch[i].Document.Get(Sitrep.Events.EventLayers.Events).Select(e => e.SubEventType + e.Date.Start));
        }
    }

    [Fact]
    public void RunBatch_OneDocumentFails_OthersGoOnAndTheFailureNamesIt()
    {
        var pipeline = new DocumentPipeline([new ParagraphSplitter(), new MarkStage(d => d.Text.Contains("boom", StringComparison.Ordinal)
            ? throw new FormatException("boom") : d.Get(ParagraphSplitter.Layer).Select(p => new Mark(p.Span)), ParagraphSplitter.Layer)]);
        Document bad = Doc("boom.");
        var results = pipeline.RunBatch([Doc(), bad, Doc("Gamma.")]);
        Assert.True(results[0].Succeeded);
        Assert.Equal(bad.Id, results[1].Failure!.DocumentId);
        Assert.Equal(ErrorCodes.StageFailed, results[1].Failure!.Code);
        Assert.True(results[1].Document.Has(ParagraphSplitter.Layer));
        Assert.True(results[2].Succeeded);
        Assert.Single(results[2].Document.Get(Marks));
    }

    [Fact]
    public void Run_OverlappingSpansInPartitionLayer_FailsInvariantCheck()
    {
        var pipeline = new DocumentPipeline([new MarkStage(_ => [new Mark(new Span(0, 4)), new Mark(new Span(2, 6))])],
            new PipelineOptions { CheckInvariants = true });
        PipelineResult result = pipeline.Run(Doc());
        Assert.Equal(ErrorCodes.InvariantViolated, result.Failure!.Code);
        Assert.Contains("overlaps", result.Failure.Message);
    }

    [Fact]
    public void Run_SpanPastText_FailsInvariantCheck()
    {
        var pipeline = new DocumentPipeline([new MarkStage(_ => [new Mark(new Span(0, 400))])], new PipelineOptions { CheckInvariants = true });
        Assert.Equal(ErrorCodes.InvariantViolated, pipeline.Run(Doc()).Failure!.Code);
    }

    [Fact]
    public void ForLayers_RequestedLayer_BuildsShortestPrefix()
    {
        Assert.Contains("paragraphs", SitrepPipeline.KnownLayers(SitrepResources.Empty));
        Assert.Contains("places", SitrepPipeline.KnownLayers(SitrepResources.Empty));
        Assert.Single(SitrepPipeline.ForLayers(SitrepResources.Empty, ["paragraphs"]).Stages);
        Assert.Equal("places", SitrepPipeline.ForLayers(SitrepResources.Empty, ["places"]).Stages[^1].Produces[0].Name);
        Assert.Empty(SitrepPipeline.ForLayers(SitrepResources.Empty, []).Stages);
    }

    [Fact]
    public void DefaultPipeline_RandomInput_KeepsInvariants()
    {
        DocumentPipeline pipeline = SitrepPipeline.CreateDefault(Sitrep.Tests.BundledResources.Resources, new PipelineOptions { CheckInvariants = true });
        var random = new Random(3);
        for (int i = 0; i < 200; i++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 200)).Select(_ => (char)random.Next(0, 0x3000)).ToArray());
            PipelineResult result = pipeline.Run(Doc(text));
            Assert.True(result.Succeeded, result.Failure?.ToString());
            Assert.Empty(LayerInvariants.CheckAll(result.Document));
        }
    }
}
