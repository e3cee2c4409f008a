using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Core.Tests.Events.Extraction;

/// <summary>Cases that need the places and actors layers, run through the whole default pipeline with the bundled data.</summary>
public class EventExtractorPipelineTests
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => SitrepPipeline.CreateDefault(SitrepResources.LoadDefault().GetOrThrow()));

    public static TheoryData<int> CaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < EventExtractorTests.LoadCases("FullPipelineCases.json").Count; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Extract_FullPipelineCase_FindsExpectedEvents(int index)
    {
        ExtractionCase c = EventExtractorTests.LoadCases("FullPipelineCases.json")[index];
        var document = new Document(c.Text, new DocumentMetadata { Source = "test", Published = DateOnly.Parse(c.Published, System.Globalization.CultureInfo.InvariantCulture) });
        PipelineResult result = Pipeline.Value.Run(document, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        EventExtractorTests.Check(c, result.Document.Get(EventLayers.Events));
    }
}
