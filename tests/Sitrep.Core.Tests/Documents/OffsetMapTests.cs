using Sitrep.Documents;

namespace Sitrep.Tests.Documents;

public class OffsetMapTests
{
    [Fact]
    public void Identity_MapsEveryOffsetToItself()
    {
        OffsetMap map = OffsetMap.Identity(10);
        for (int i = 0; i <= 10; i++) Assert.Equal(i, map.ToSource(i));
    }

    [Fact]
    public void Builder_VerbatimAndReplacedRuns_MapBackToSource()
    {
        // Source: "<p>Tom &amp; Jerry</p>" → text "Tom & Jerry"
        const string source = "<p>Tom &amp; Jerry</p>";
        var builder = new OffsetMap.Builder();
        builder.Verbatim(3, 4);            // "Tom "
        builder.Replaced(7, 5, 1);         // "&amp;" → "&"
        builder.Verbatim(12, 6);           // " Jerry"
        OffsetMap map = builder.Build(source.Length);
        Assert.Equal(11, map.TextLength);
        Assert.Equal(3, map.ToSource(0));
        Assert.Equal(7, map.ToSource(4));
        Assert.Equal(12, map.ToSource(5));
        Assert.Equal(source.Length, map.ToSource(11));
        Span jerry = map.ToSource(new Span(6, 11));
        Assert.Equal("Jerry", source[jerry.Start..jerry.End]);
        Span amp = map.ToSource(new Span(4, 5));
        Assert.Equal("&amp;", source[amp.Start..amp.End]);
    }

    [Fact]
    public void ToSource_OffsetsNeverGoBackwards()
    {
        var builder = new OffsetMap.Builder();
        var random = new Random(7);
        int source = 0;
        for (int i = 0; i < 200; i++)
        {
            source += random.Next(0, 5);
            int length = random.Next(1, 6);
            if (random.Next(2) == 0) { builder.Verbatim(source, length); source += length; }
            else { int srcLen = random.Next(1, 8); builder.Replaced(source, srcLen, length); source += srcLen; }
        }
        OffsetMap map = builder.Build(source + 3);
        int previous = -1;
        for (int i = 0; i <= map.TextLength; i++)
        {
            int mapped = map.ToSource(i);
            Assert.True(mapped >= previous, $"offset {i} mapped to {mapped} after {previous}");
            previous = mapped;
        }
    }

    [Fact]
    public void ToSource_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OffsetMap.Identity(3).ToSource(4));
    }
}
