using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Time;

/// <summary>
/// Guesses the tense of the verb governing an expression from the nearest cue word in its
/// sentence ("will", "is to", "plans to" for the future; "was", "said", an -ed verb for the past).
/// A heuristic that needs no tokens or tags, so the tagger can run before the linguistic core.
/// It walks the words of the sentence with dictionary look-ups, no regular expression.
/// </summary>
internal sealed class TenseGuesser
{
    private const int Window = 160;

    // -ed words that are not past-tense verbs.
    private static readonly FrozenSet<string> NotVerbs =
        new[] { "need", "hundred", "united", "armed", "based", "red", "bed", "speed", "seed", "feed", "indeed", "proceed", "succeed", "exceed", "weed", "breed", "greed", "shed", "wed", "sled", "aged", "naked", "wicked", "sacred", "kindred", "beloved", "alleged", "so-called" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, ImmutableArray<Cue>> _cuesByFirstWord;
    private readonly FrozenDictionary<string, ImmutableArray<Cue>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Most words of a sentence cannot begin a cue; their first letter and length say so without hashing.
    private readonly TriggerFilter _cueFilter;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notVerbs = NotVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public TenseGuesser(TimeLexicon lexicon)
    {
        var cues = lexicon.FutureCues.Select(p => new Cue(Words(p), Tense.Future))
            .Concat(lexicon.PastCues.Select(p => new Cue(Words(p), Tense.Past)))
            .Concat(lexicon.NotCues.Select(p => new Cue(Words(p), Tense.Unknown)))
            .Where(c => c.Words.Length > 0);
        _cuesByFirstWord = cues.GroupBy(c => c.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Words.Length).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        _lookup = _cuesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _cueFilter = new TriggerFilter(_cuesByFirstWord.Keys);
    }

    /// <summary>A cue phrase cut into the letter runs <see cref="TokenScanner"/> yields ("'ll" → "ll").</summary>
    private sealed record Cue(ImmutableArray<string> Words, Tense Tense);

    private static ImmutableArray<string> Words(string phrase)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        for (int s = TokenScanner.Next(phrase, 0, out int e); s >= 0; s = TokenScanner.Next(phrase, e, out e)) words.Add(phrase[s..e]);
        return words.ToImmutable();
    }

    public Tense Guess(string text, Span mention, Tense fallback)
    {
        int start = SentenceStart(text, mention.Start), end = SentenceEnd(text, mention.End);
        Tense best = fallback;
        int bestDistance = int.MaxValue;
        for (int s = TokenScanner.Next(text, start, out int e); s >= 0 && s < end; s = TokenScanner.Next(text, e, out e))
        {
            if (s < mention.End && e > mention.Start) continue;
            ReadOnlySpan<char> word = text.AsSpan(s, e - s);
            Tense tense = Tense.Unknown;
            int cueEnd = e;
            bool matched = false;
            if (_cueFilter.MayMatch(word[0], word.Length) && _lookup.TryGetValue(word, out ImmutableArray<Cue> cues))
            {
                foreach (Cue cue in cues)
                {
                    if (Follows(text, e, cue.Words, out cueEnd)) { tense = cue.Tense; matched = true; break; }
                }
            }
            if (!matched && word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !_notVerbs.Contains(word) && char.IsLower(word[0])
                && !AfterInfinitiveMarker(text, s))
                tense = Tense.Past;
            if (tense == Tense.Unknown) continue;
            int distance = s >= mention.End ? s - mention.End : mention.Start - cueEnd;
            // A cue before the expression usually governs it ("was killed on Sunday"); one after is weaker.
            if (s >= mention.End) distance += 8;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = tense;
            }
        }
        return best;
    }

    /// <summary>
    /// Whether the word before position <paramref name="s"/> is "be", "to" or a present form of "be":
    /// "will be named", "is expected" hold a participle, not a past-tense verb.
    /// </summary>
    private static bool AfterInfinitiveMarker(string text, int s)
    {
        int e = s;
        while (e > 0 && text[e - 1] == ' ') e--;
        int b = e;
        while (b > 0 && char.IsLetter(text[b - 1])) b--;
        ReadOnlySpan<char> previous = text.AsSpan(b, e - b);
        return previous.Equals("be", StringComparison.OrdinalIgnoreCase) || previous.Equals("to", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("is", StringComparison.OrdinalIgnoreCase) || previous.Equals("are", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("being", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the words after the first of a cue follow in the text (separated by spaces or an apostrophe).</summary>
    private static bool Follows(string text, int from, ImmutableArray<string> words, out int end)
    {
        end = from;
        for (int i = 1; i < words.Length; i++)
        {
            int s = TokenScanner.Next(text, end, out int e);
            if (s < 0 || s - end > 2 || !text.AsSpan(s, e - s).Equals(words[i], StringComparison.OrdinalIgnoreCase)) return false;
            end = e;
        }
        return true;
    }

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
