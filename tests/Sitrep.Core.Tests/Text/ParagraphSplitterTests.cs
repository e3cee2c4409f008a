using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class ParagraphSplitterTests
{
    [Fact]
    public void Split_BlankLines_SeparateTrimmedParagraphs()
    {
        const string text = "  First line\ncontinues.\n\n \t\nSecond.\r\n\r\nThird.  ";
        string[] paragraphs = ParagraphSplitter.Split(text).Select(p => p.Span.TextOf(text)).ToArray();
        Assert.Equal(["First line\ncontinues.", "Second.", "Third."], paragraphs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("   ")]
    public void Split_NoText_NoParagraphs(string text)
    {
        Assert.Empty(ParagraphSplitter.Split(text));
    }

    [Fact]
    public void Split_RandomInput_SpansAreOrderedDisjointAndTrimmed()
    {
        var random = new Random(11);
        char[] alphabet = ['a', ' ', '\n', '\r', '\t', 'b', '.'];
        for (int round = 0; round < 500; round++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            int previousEnd = 0;
            foreach (Paragraph p in ParagraphSplitter.Split(text))
            {
                Assert.True(p.Span.Start >= previousEnd);
                Assert.True(p.Span.End <= text.Length);
                Assert.False(char.IsWhiteSpace(text[p.Span.Start]));
                Assert.False(char.IsWhiteSpace(text[p.Span.End - 1]));
                previousEnd = p.Span.End;
            }
        }
    }
}
