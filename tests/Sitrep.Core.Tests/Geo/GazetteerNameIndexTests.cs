using System.Runtime.InteropServices;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class GazetteerNameIndexTests
{
    private static readonly GazetteerEntry Place = new()
    {
        Id = "gn:1", Name = "Gao", AsciiName = "Gao", Kind = PlaceKind.City, CountryIso3 = "MLI", Point = new(16.27, -0.04),
    };

    [Fact]
    public void Build_ManyNames_FindsEachWithItsLinksAndNoOtherName()
    {
        var keys = Keys(5000, out int[] links);

        GazetteerNameIndex index = GazetteerNameIndex.Build(keys, links, [Place]);

        var known = keys.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(keys.Count, index.NameCount);
        foreach (IndexKey key in keys)
        {
            Assert.Equal(key.LinkCount, index.Get(key.Key).Count);
            Assert.Equal(known.Contains(key.Key + "qx"), index.Contains(key.Key + "qx"));
            Assert.Equal(known.Contains(key.Key[..^1]), index.Contains(key.Key.AsSpan(0, key.Key.Length - 1)));
        }
        Assert.Equal(4, index.MaxNameWords);
    }

    [Fact]
    public void Build_LongNonLatinAndBrokenNames_FindsThemApartFromTheBuckets()
    {
        string longName = string.Join(' ', Enumerable.Repeat("wadi", 14));
        string cyrillic = new('д', 27); // 54 UTF-8 bytes: one more than a bucket holds
        string brokenSurrogate = "gao\ud800";
        IndexKey[] keys = [new("gao", 0, 1), new(longName, 1, 1), new(cyrillic, 2, 1), new(cyrillic[..26], 3, 1), new(brokenSurrogate, 4, 1)];

        GazetteerNameIndex index = GazetteerNameIndex.Build(keys, [0, 0, 0, 0, 0], [Place]);

        Assert.All(keys, k => Assert.Single(index.Get(k.Key)));
        Assert.False(index.Contains("gao\ud801"));
        Assert.False(index.Contains(longName + "s"));
        Assert.Equal(3, index.Layout().LongNames);
        Assert.Equal(14, index.MaxNameWords);
    }

    [Fact]
    public void Build_NameWithManyEntries_KeepsItsWholeCount()
    {
        IndexKey[] keys = [new("bama", 0, 70_000), new("gao", 70_000, 254), new("kaduna", 70_254, 255)];

        GazetteerNameIndex index = GazetteerNameIndex.Build(keys, new int[70_509], [Place]);

        Assert.Equal((70_000, 254, 255), (index.Get("bama").Count, index.Get("gao").Count, index.Get("kaduna").Count));
    }

    [Fact]
    public void Build_AnyNames_BucketsStartOnACacheLine()
    {
        GazetteerNameIndex index = GazetteerNameIndex.Build(Keys(100, out int[] links), links, [Place]);

        long address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(index.StorageForTests, index.StartForTests);

        Assert.Equal(0, address % NameBuckets.BucketBytes);
    }

    [Fact]
    public void Layout_ManyNames_HitsReadAboutOneLineAndMissesMostlyNone()
    {
        GazetteerNameIndex index = GazetteerNameIndex.Build(Keys(20_000, out int[] links), links, [Place]);

        NameIndexLayout layout = index.Layout();

        Assert.InRange(layout.BucketsPerHit, 1.0, 1.3);
        Assert.InRange(layout.BucketsPerMiss, 0.0, 0.2);
        Assert.Equal(layout.Buckets * 4L, layout.TagBytes);
        Assert.InRange(layout.Fill, 0.45, 0.55);
    }

    /// <summary>Made-up names of one to four words, each owning one link.</summary>
    private static List<IndexKey> Keys(int count, out int[] links)
    {
        var random = new Random(6);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<IndexKey>();
        while (keys.Count < count)
        {
            string name = string.Join(' ', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => new string([.. Enumerable.Range(0, 2 + random.Next(9)).Select(_ => (char)('a' + random.Next(26)))])));
            if (seen.Add(name)) keys.Add(new IndexKey(name, keys.Count, 1));
        }
        links = new int[count];
        return keys;
    }
}
