using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.TestSupport;

namespace Sitrep.Tests;

/// <summary>The repository's data/ resources, (gazetteer, language models, actors, NER), loaded once for all tests that need real data.</summary>
internal static class BundledResources
{
    private static readonly Lazy<SitrepResources> Loaded = new(() => SitrepResources.Load(RepoPaths.InRepo("data")).GetOrThrow());

    public static SitrepResources Resources => Loaded.Value;

    public static Gazetteer Instance => Loaded.Value.Gazetteer;
}
