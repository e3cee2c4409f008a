using Sitrep.Actors;
using Sitrep.Entities;
using Sitrep.Events.Extraction;
using Sitrep.Geo;
using Sitrep.Numbers;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Pipeline;

/// <summary>
/// Assembles Sitrep's stages in their only valid order, and answers which stage produces a layer
/// so that `sitrep annotate --layers` can run just what a request needs. Stages that need data
/// (the gazetteer) take it from a <see cref="SitrepResources"/> loaded once by the host.
/// </summary>
public static class SitrepPipeline
{
    /// <summary>Every stage, in pipeline order. Each later issue adds its stages here.</summary>
    /// <param name="resources">The loaded data the stages need.</param>
    /// <param name="events">What the event extractor reports; <see cref="EventExtractorOptions.Default"/> when null.</param>
    public static IReadOnlyList<IPipelineStage> AllStages(SitrepResources resources, EventExtractorOptions? events = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return
        [
            new ParagraphSplitter(),
            .. resources.Language?.Stages() ?? [],
            new TemporalTagger(),
            new QuantityTagger(),
            new ToponymRecognizer(resources.Gazetteer, resources.ToponymWords),
            .. (resources.EntityModel is null ? [] : new IPipelineStage[] { new EntityRecognizer(resources.EntityModel) }),
            .. (resources.Actors is null ? [] : new IPipelineStage[] { new ActorMatcher(resources.Actors) }),
            new EventExtractor(events, actors: resources.Actors),
        ];
    }

    public static DocumentPipeline CreateDefault(SitrepResources resources, PipelineOptions? options = null, EventExtractorOptions? events = null) =>
        new(AllStages(resources, events), options);

    /// <summary>The names of every layer some stage can produce.</summary>
    public static IReadOnlyList<string> KnownLayers(SitrepResources resources) =>
        [.. AllStages(resources).SelectMany(s => s.Produces).Select(k => k.Name)];

    /// <summary>The shortest prefix of the pipeline that produces all the requested layers.</summary>
    public static DocumentPipeline ForLayers(SitrepResources resources, IEnumerable<string> layerNames, PipelineOptions? options = null)
    {
        var wanted = new HashSet<string>(layerNames, StringComparer.Ordinal);
        IReadOnlyList<IPipelineStage> all = AllStages(resources);
        int last = -1;
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].Produces.Any(k => wanted.Contains(k.Name))) last = i;
        }
        return new DocumentPipeline(all.Take(last + 1), options);
    }
}
