using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Time;

/// <summary>What a rule needs to resolve a match: the text, the publication date and the tense guesser.</summary>
internal sealed class TimeContext(string text, DateOnly? anchor, TenseGuesser tenses, TemporalTaggerOptions options)
{
    public string Text { get; } = text;
    public DateOnly? Anchor { get; } = anchor;
    public TemporalTaggerOptions Options { get; } = options;

    public Tense TenseAt(Span span) => tenses.Guess(Text, span, Options.DefaultTense);
}

/// <summary>The words (lower case, first word of a phrase) a rule's match can begin with, and whether it can begin with a digit.</summary>
internal sealed record RuleTriggers(IReadOnlySet<string> Words, bool OnDigits);

/// <summary>
/// One compiled pattern, anchored (\G) where a trigger word starts, and the function that turns
/// its match into a mention (or rejects it). The gate, when there is one, is checked first;
/// <see cref="GateBit"/> is the bit its words carry in <see cref="WordEntry.Marks"/>.
/// </summary>
internal sealed record TimeRule(string Name, RuleTriggers Triggers, Regex Pattern, Func<Match, TimeContext, TimeMention?> Read, RuleGate? Gate = null)
{
    public uint GateBit { get; init; }
}

/// <summary>Whether the text at a trigger token [start, end) has the shape a rule's pattern needs there.</summary>
internal delegate bool RunShape(string text, int start, int end);

/// <summary>
/// A cheap test a rule's match must pass before its pattern runs: one of <c>words</c> (or a run of
/// digits, when <c>digits</c>) among the first <c>within</c> tokens from the trigger, or one of
/// <c>follow</c> right after the trigger token; and, when there is a <c>shape</c>, the text at the
/// trigger must have it (a necessary condition of the pattern, checked first). Most triggers ("three", "the", a number) start no
/// expression; the gate turns them away by reading marks the tokens already carry instead of
/// running a regex.
/// </summary>
internal sealed class RuleGate(IReadOnlyCollection<string> words, int within, bool digits = false, string follow = "", bool fourDigits = false, RunShape? shape = null)
{
    /// <summary>The words that open the gate; each token carries a mark for them (<see cref="TimeRule.GateBit"/>).</summary>
    public IReadOnlyCollection<string> Words { get; } = words;

    /// <param name="k">The index of the trigger token in <paramref name="tokens"/>.</param>
    /// <param name="bit">The mark of this gate's words.</param>
    public bool Admits(string text, TextTokens tokens, int k, uint bit)
    {
        int start = tokens.Start(k), end = tokens.End(k);
        if (shape is not null && !shape(text, start, end)) return false;
        if (follow.Length > 0 && end < text.Length && follow.Contains(text[end], StringComparison.Ordinal)) return true;
        if (fourDigits && end - start == 4 && char.IsDigit(text[start])) return true;
        int last = (int)Math.Min(tokens.Count, (long)k + within);
        for (int i = k; i < last; i++)
        {
            if (digits && i > k && tokens.IsDigits(i)) return true;
            if ((tokens.Marks(i) & bit) != 0) return true;
        }
        return false;
    }
}

/// <summary>
/// Which (first letter, length) pairs begin some trigger word, as a bit per length for each ASCII
/// letter, so most words of a text are passed over without a dictionary look-up.
/// </summary>
internal sealed class TriggerFilter
{
    private readonly ulong[] _lengths = new ulong[26];

    public TriggerFilter(IEnumerable<string> words)
    {
        foreach (string w in words)
        {
            if (w.Length == 0) continue;
            char first = char.ToLowerInvariant(w[0]);
            if (first is >= 'a' and <= 'z') _lengths[first - 'a'] |= 1UL << Math.Min(w.Length, 63);
        }
    }

    /// <summary>False only when no trigger word starts with <paramref name="first"/> and has <paramref name="length"/> letters.</summary>
    public bool MayMatch(char first, int length)
    {
        int letter = (first | 0x20) - 'a';
        if ((uint)letter >= 26 || first > 127) return true;
        return (_lengths[letter] & (1UL << Math.Min(length, 63))) != 0;
    }
}
