using Sitrep.Geo;
using Sitrep.TestSupport;

namespace Sitrep.Tests.Geo;

/// <summary>The repository's data/gazetteer, loaded once for all tests that need real places.</summary>
internal static class BundledGazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(() => GazetteerLoader.Load(RepoPaths.InRepo("data", "gazetteer")).GetOrThrow());

    public static Gazetteer Instance => Loaded.Value;
}
