using Sitrep.Documents;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Tests.Syntax.Tagging;

public class TaggerModelTests
{
    private const string Text = "Rebels attacked the town near Idlib .";

    private static Span[] Tokens()
    {
        var spans = new List<Span>();
        int start = 0;
        foreach (string word in Text.Split(' '))
        {
            spans.Add(new Span(start, start + word.Length));
            start += word.Length + 1;
        }
        return [.. spans];
    }

    [Fact]
    public void Tag_KnownSentence_GivesTreebankTags()
    {
        TaggerModel tagger = TrainedModels.Tiny.Tagger;
        Span[] tokens = Tokens();
        int[] classes = new int[tokens.Length];
        tagger.Tag(Text, tokens, classes);
        Assert.Equal("VBD", tagger.Xpos[classes[1]]);
        Assert.Equal("DET", tagger.Upos[classes[2]]);
    }

    [Fact]
    public void Tag_WarmedUp_AllocatesNothing()
    {
        TaggerModel tagger = TrainedModels.Tiny.Tagger;
        Span[] tokens = Tokens();
        int[] classes = new int[tokens.Length];
        tagger.Tag(Text, tokens, classes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) tagger.Tag(Text, tokens, classes);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Tag_SentenceLongerThanStackBuffers_TagsEveryToken()
    {
        TaggerModel tagger = TrainedModels.Tiny.Tagger;
        string text = string.Join(' ', Enumerable.Repeat("the town", 400));
        Span[] tokens = [.. Enumerable.Range(0, 800).Select(i => new Span(i / 2 * 9 + (i % 2 == 0 ? 0 : 4), i / 2 * 9 + (i % 2 == 0 ? 3 : 8)))];
        int[] classes = new int[tokens.Length];
        tagger.Tag(text, tokens, classes);
        Assert.All(classes, c => Assert.InRange(c, 0, tagger.Classes - 1));
        Assert.Equal("NN", tagger.Xpos[classes[799]]);
    }
}
