using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Entities;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// Assembles Sitrep's stages in their only valid order, and answers which stage produces a layer
/// so that `sitrep annotate --layers` can run just what a request needs.
/// </summary>
public static class SitrepPipeline
{
    /// <summary>Every stage, in pipeline order, with the bundled data. Each later issue adds its stages here.</summary>
    public static IReadOnlyList<IPipelineStage> AllStages() => AllStages(SitrepResources.Default);

    /// <summary>Every stage, in pipeline order, using the given data.</summary>
    public static IReadOnlyList<IPipelineStage> AllStages(SitrepResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return
        [
            new ParagraphSplitter(),
            new EntityRecognizer(resources.EntityModel),
            new ActorMatcher(resources.Actors),
        ];
    }

    public static DocumentPipeline CreateDefault(PipelineOptions? options = null) => new(AllStages(), options);

    /// <summary>The names of every layer some stage can produce.</summary>
    public static IReadOnlyList<string> KnownLayers() =>
        [.. AllStages().SelectMany(s => s.Produces).Select(k => k.Name)];

    /// <summary>The shortest prefix of the pipeline that produces all the requested layers.</summary>
    public static DocumentPipeline ForLayers(IEnumerable<string> layerNames, PipelineOptions? options = null)
    {
        var wanted = new HashSet<string>(layerNames, StringComparer.Ordinal);
        IReadOnlyList<IPipelineStage> all = AllStages();
        int last = -1;
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].Produces.Any(k => wanted.Contains(k.Name))) last = i;
        }
        return new DocumentPipeline(all.Take(last + 1), options);
    }
}
