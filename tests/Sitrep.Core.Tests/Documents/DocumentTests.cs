using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Documents;

public class DocumentTests
{
    private static DocumentMetadata Meta(string source = "a.txt") => new() { Source = source };

    [Fact]
    public void Id_SameSourceAndText_IsStable()
    {
        var a = new Document("Two soldiers were killed.", Meta());
        var b = new Document("Two soldiers were killed.", Meta());
        Assert.Equal(a.Id, b.Id);
        Assert.True(DocumentId.TryParse(a.Id.Value, out _));
    }

    [Fact]
    public void Id_DifferentTextOrSource_Differs()
    {
        var a = new Document("Two soldiers were killed.", Meta());
        Assert.NotEqual(a.Id, new Document("Three soldiers were killed.", Meta()).Id);
        Assert.NotEqual(a.Id, new Document("Two soldiers were killed.", Meta("b.txt")).Id);
    }

    [Fact]
    public void With_AddsLayer_LeavesOriginalUnchanged()
    {
        var doc = new Document("One.\n\nTwo.", Meta());
        Document annotated = doc.With(ParagraphSplitter.Layer, ParagraphSplitter.Split(doc.Text));
        Assert.False(doc.Has(ParagraphSplitter.Layer));
        Assert.Equal(2, annotated.Get(ParagraphSplitter.Layer).Length);
        Assert.Equal(doc.Id, annotated.Id);
    }

    [Fact]
    public void With_SameLayerTwice_Throws()
    {
        var doc = new Document("One.", Meta()).With(ParagraphSplitter.Layer, []);
        Assert.Throws<InvalidOperationException>(() => doc.With(ParagraphSplitter.Layer, []));
    }

    [Fact]
    public void Constructor_MapOfWrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Document("abc", Meta(), OffsetMap.Identity(5)));
    }

    [Fact]
    public void Get_MissingLayer_IsEmpty()
    {
        Assert.Empty(new Document("x", Meta()).Get(ParagraphSplitter.Layer));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("  one  two\nthree ", 3)]
    public void WordCount_CountsWhitespaceSeparatedWords(string text, int expected)
    {
        Assert.Equal(expected, new Document(text, Meta()).WordCount());
    }
}
