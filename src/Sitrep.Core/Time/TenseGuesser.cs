using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Time;

/// <summary>
/// Guesses the tense of the verb governing an expression from the nearest cue word in its
/// sentence ("will", "is to", "plans to" for the future; "was", "said", an -ed verb for the past).
/// A heuristic that needs no tokens or tags, so the tagger can run before the linguistic core.
/// </summary>
internal sealed class TenseGuesser
{
    private const int Window = 160;
    private readonly Regex _cues;

    public TenseGuesser(TimeLexicon lexicon)
    {
        string future = RegexWords.Alternation(lexicon.FutureCues);
        string past = RegexWords.Alternation(lexicon.PastCues);
        // -ed words stand for past-tense verbs; "need", "speed", "red" and the like are too short or listed as not-verbs.
        _cues = new Regex($@"(?<f>\b{future}\b|'ll\b)|(?<p>\b{past}\b|\b[a-z]{{3,}}ed\b)", RegexWords.Options);
    }

    public Tense Guess(string text, Span mention, Tense fallback)
    {
        int start = SentenceStart(text, mention.Start), end = SentenceEnd(text, mention.End);
        Tense best = fallback;
        int bestDistance = int.MaxValue;
        for (Match m = _cues.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (m.Index < mention.End && m.Index + m.Length > mention.Start) continue;
            if (m.Groups["p"].Success && IsNotVerb(m.ValueSpan)) continue;
            int distance = m.Index >= mention.End ? m.Index - mention.End : mention.Start - (m.Index + m.Length);
            // A cue before the expression usually governs it ("was killed on Sunday"); one after is weaker.
            if (m.Index >= mention.End) distance += 8;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = m.Groups["f"].Success ? Tense.Future : Tense.Past;
            }
        }
        return best;
    }

    private static bool IsNotVerb(ReadOnlySpan<char> word) =>
        word.Equals("need", StringComparison.OrdinalIgnoreCase) || word.EndsWith("eed", StringComparison.OrdinalIgnoreCase)
        || word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("united", StringComparison.OrdinalIgnoreCase)
        || word.Equals("armed", StringComparison.OrdinalIgnoreCase) || word.Equals("based", StringComparison.OrdinalIgnoreCase);

    private static int SentenceStart(string text, int from)
    {
        int limit = Math.Max(0, from - Window);
        for (int i = from - 1; i >= limit; i--)
        {
            // A full stop after a lower-case word of two letters or more ends a sentence; "p.m." and "U.S." do not.
            if (text[i] is '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i >= 2 && char.IsLower(text[i - 1]) && char.IsLetter(text[i - 2])))
                return i + 1;
        }
        return limit;
    }

    private static int SentenceEnd(string text, int from)
    {
        int limit = Math.Min(text.Length, from + Window);
        for (int i = from; i < limit; i++)
        {
            if (text[i] is '\n' or '!' or '?' || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
                return i;
        }
        return limit;
    }
}
