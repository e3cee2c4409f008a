using Sitrep.Documents;

namespace Sitrep.Tests.Documents;

public class AnnotationLayerTests
{
    private static readonly LayerKey<Item> Key = new("items", allowsOverlap: true);

    [Fact]
    public void Constructor_UnorderedItems_SortsByStartThenEndKeepingTies()
    {
        Item[] items = [new(new Span(5, 9), "c"), new(new Span(0, 4), "a"), new(new Span(5, 7), "b"), new(new Span(5, 7), "b2"), new(new Span(0, 2), "a0")];
        var layer = new AnnotationLayer<Item>(Key, items);
        Assert.Equal(["a0", "a", "b", "b2", "c"], layer.Values.Select(i => i.Name));
    }

    [Fact]
    public void Constructor_OrderedItems_KeepsProducerOrder()
    {
        Item[] items = [new(new Span(0, 2), "a"), new(new Span(0, 2), "a2"), new(new Span(0, 5), "b"), new(new Span(3, 4), "c")];
        var layer = new AnnotationLayer<Item>(Key, items);
        Assert.Equal(["a", "a2", "b", "c"], layer.Values.Select(i => i.Name));
    }

    [Fact]
    public void Constructor_NoItems_IsEmpty()
    {
        Assert.Equal(0, new AnnotationLayer<Item>(Key, []).Count);
    }

    private sealed record Item(Span Span, string Name) : ISpanned;
}
