using Sitrep.Errors;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Pipeline;

public class SitrepResourcesTests
{
    [Fact]
    public void FindDataDirectory_BuildOutput_FindsTheCopiedGazetteer()
    {
        string? directory = SitrepResources.FindDataDirectory();
        Assert.NotNull(directory);
        Assert.True(File.Exists(Path.Combine(directory, "gazetteer", "places.tsv")));
    }

    [Fact]
    public void Load_MissingFolder_ReportsProblemsInsteadOfThrowing()
    {
        SitrepResourcesLoadResult result = SitrepResources.Load(Path.Combine(Path.GetTempPath(), "no-sitrep-data-" + Guid.NewGuid()));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Code == ErrorCodes.DataFileMissing);
        Assert.Throws<InvalidDataException>(() => result.GetOrThrow());
    }

    [Fact]
    public void Empty_RunsThePipeline_FindingNoPlaces()
    {
        var document = new Sitrep.Documents.Document("Troops arrived in Kidal.", new Sitrep.Documents.DocumentMetadata { Source = "t" });
        PipelineResult result = SitrepPipeline.CreateDefault(SitrepResources.Empty).Run(document);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Document.Get(Sitrep.Geo.ToponymRecognizer.Layer));
    }
}
