using Sitrep.Documents;

namespace Sitrep.Tests.Documents;

public class SpanTests
{
    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Span(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Span(-1, 4));
    }

    [Fact]
    public void Overlaps_AdjacentSpans_DoNotOverlap()
    {
        Assert.False(new Span(0, 3).Overlaps(new Span(3, 5)));
        Assert.True(new Span(0, 4).Overlaps(new Span(3, 5)));
        Assert.True(new Span(0, 10).Contains(new Span(3, 5)));
    }
}
