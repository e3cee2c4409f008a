using Sitrep.Documents;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Tests.Syntax.Tagging;

public class LexicalScoresTests
{
    [Fact]
    public void Row_ListedForm_EqualsScoringItsWordFeatures()
    {
        TaggerModel tagger = TrainedModels.Tiny.Tagger;
        string form = tagger.Lexicon.Words.First(e => !e.Value.Settled).Key;
        Assert.True(tagger.Lexical.TryGet(form, out _, out int row));
        ulong[] features = new ulong[TaggerFeatures.WordFeatures];
        int n = TaggerFeatures.ExtractWord(form, form.ToLowerInvariant(), features);
        float[] expected = new float[tagger.Classes];
        tagger.Weights.Score(features.AsSpan(0, n), expected);
        Assert.Equal(expected, tagger.Lexical.Row(row).ToArray());
    }

    [Fact]
    public void TryGet_CapitalisedFormOfListedWord_FindsClassesWithoutRow()
    {
        TaggerModel tagger = TrainedModels.Tiny.Tagger;
        string form = tagger.Lexicon.Words.First(e => !e.Value.Settled && e.Key.All(char.IsLower)).Key;
        string capitalised = char.ToUpperInvariant(form[0]) + form[1..];
        if (tagger.Lexicon.Words.ContainsKey(capitalised)) return;
        Assert.True(tagger.Lexical.TryGet(capitalised, out WordClasses classes, out int row));
        Assert.Equal(tagger.Lexicon.Words[form], classes);
        Assert.Equal(-1, row);
    }

    [Fact]
    public void Tag_WithWordRows_SameClassesAsScoringEveryFeature()
    {
        TaggerModel tagger = TrainedModels.Tiny.Tagger;
        string text = "Rebels attacked the town near Idlib on Tuesday , killing 3 soldiers and wounding Gen. Smith .";
        Span[] tokens = Tokenize(text);
        int[] classes = new int[tokens.Length];
        tagger.Tag(text, tokens, classes);
        Assert.Equal(Reference(tagger, text, tokens), classes);
    }

    /// <summary>The tagger's decoding without word rows: every feature scored from zero.</summary>
    private static int[] Reference(TaggerModel tagger, string text, Span[] tokens)
    {
        int n = tokens.Length;
        var words = new WordClasses[n];
        var rows = new int[n];
        var known = new int[n];
        var ambiguity = new ulong[n];
        tagger.Prepare(text, tokens, words, rows, known, ambiguity);
        string lower = text.ToLowerInvariant();
        ulong[] features = new ulong[TaggerFeatures.MaxFeatures];
        float[] scores = new float[tagger.Classes];
        int[] candidates = new int[tagger.Classes];
        int[] result = new int[n];
        int previous1 = -1, previous2 = -1;
        for (int i = 0; i < n; i++)
        {
            if (words[i].Settled) result[i] = words[i].Frequent;
            else
            {
                int count = TaggerFeatures.Extract(text, lower, 0, tokens, i, previous1, previous2, features, known, ambiguity);
                tagger.Weights.Score(features.AsSpan(0, count), scores);
                result[i] = words[i].Decision == WordDecision.Score ? TaggerModel.ArgMax(scores) : TaggerModel.ArgMax(scores, TaggerModel.Expand(words[i].Candidates, candidates));
            }
            previous2 = previous1;
            previous1 = result[i];
        }
        return result;
    }

    private static Span[] Tokenize(string text)
    {
        var spans = new List<Span>();
        int start = 0;
        foreach (string word in text.Split(' '))
        {
            spans.Add(new Span(start, start + word.Length));
            start += word.Length + 1;
        }
        return [.. spans];
    }
}
