using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text.Sentences;

namespace Sitrep.Syntax;

/// <summary>The tokens of one sentence, as an index range into the document's token list.</summary>
public readonly record struct TokenRange(int First, int Count)
{
    /// <summary>Each sentence's range of tokens; tokens outside every sentence are skipped.</summary>
    public static IEnumerable<TokenRange> BySentence(ImmutableArray<Sentence> sentences, Span[] tokens)
    {
        int t = 0;
        foreach (Sentence sentence in sentences)
        {
            while (t < tokens.Length && tokens[t].End <= sentence.Span.Start) t++;
            int first = t;
            while (t < tokens.Length && tokens[t].Start < sentence.Span.End) t++;
            if (t > first) yield return new TokenRange(first, t - first);
        }
    }
}
