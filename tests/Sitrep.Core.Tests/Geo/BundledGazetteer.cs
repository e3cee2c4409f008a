using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Geo;

/// <summary>The repository's data/ resources, loaded once for all tests that need real places.</summary>
internal static class BundledGazetteer
{
    private static readonly Lazy<SitrepResources> Loaded = new(() => SitrepResources.Load(RepoPaths.InRepo("data")).GetOrThrow());

    public static SitrepResources Resources => Loaded.Value;

    public static Gazetteer Instance => Loaded.Value.Gazetteer;
}
