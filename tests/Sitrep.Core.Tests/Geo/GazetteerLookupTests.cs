using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class GazetteerLookupTests
{
    [Fact]
    public void Lookup_Span_FindsWhatTheStringFinds()
    {
        using var files = new TinyGazetteerFiles();
        Gazetteer gazetteer = GazetteerLoader.Load(files.Directory).GetOrThrow();
        string text = "fighting near NIAFUNKÉ today";

        Assert.Equal(gazetteer.Lookup("Niafunké").ToList(), gazetteer.Lookup(text.AsSpan(14, 8)).ToList());
        Assert.True(gazetteer.ContainsNormalized("tombouctou region".AsSpan()));
        Assert.False(gazetteer.ContainsNormalized("tombouctou regio".AsSpan()));
        Assert.True(gazetteer.Lookup(new string('x', 300).AsSpan()).IsEmpty);
    }

    [Fact]
    public void Lookup_KnownAndUnknownNames_AllocatesNothing()
    {
        using var files = new TinyGazetteerFiles();
        Gazetteer gazetteer = GazetteerLoader.Load(files.Directory).GetOrThrow();
        string[] names = ["Paris", "Niafounké", "Atlantis", "Republic of Mali"];
        int found = 0;
        foreach (string name in names) found += gazetteer.Lookup(name).Count;

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            foreach (string name in names) found += gazetteer.Lookup(name).Count;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(303, found);
    }

    [Fact]
    public void Empty_Lookup_FindsNothing()
    {
        Assert.True(Gazetteer.Empty.Lookup("Paris").IsEmpty);
        Assert.Equal(0, Gazetteer.Empty.NameCount);
        Assert.Equal(0, Gazetteer.Empty.MaxNameWords);
    }
}
