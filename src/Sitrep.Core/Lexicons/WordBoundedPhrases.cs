using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Lexicons;

/// <summary>
/// A list of phrases matched on word boundaries, any case: the matches of
/// <c>(?&lt;![\p{L}\p{N}])(?:phrases)(?![\p{L}\p{N}])</c> (see <see cref="Pattern"/>), found faster.
/// A regex over a hundred case-insensitive alternatives tries every position of the text; this
/// tries the alternation, anchored, only where a word starts with a character some phrase can
/// start with, which yields the same matches in the same order. The anchored alternation is walked
/// as a trie of case classes (<see cref="CaseFoldTrie"/>), and by a regex only for phrases the
/// trie cannot reproduce exactly.
/// </summary>
public sealed class WordBoundedPhrases
{
    private const int CharCount = char.MaxValue + 1;

    private readonly Lazy<Regex> _pattern;
    private readonly Lazy<Regex> _anchored;
    private readonly CaseFoldTrie? _trie;
    private readonly SearchValues<char> _starts;
    private readonly bool _apostropheIsWord;

    /// <param name="phrases">Lower-case phrases; a space matches any run of whitespace.</param>
    /// <param name="apostropheIsWord">Also refuse a match right after an apostrophe ("'s", "don't").</param>
    public WordBoundedPhrases(IEnumerable<string> phrases, bool apostropheIsWord = false)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        string[] list = [.. phrases];
        string body = list.Length == 0 ? "(?!)" : RegexWords.Alternation(list);
        string before = apostropheIsWord ? @"(?<![\p{L}\p{N}'])" : @"(?<![\p{L}\p{N}])";
        // Compiled only if asked for: the scan below does not need them.
        _pattern = new Lazy<Regex>(() => new Regex(before + body + @"(?![\p{L}\p{N}])", RegexWords.Options));
        _anchored = new Lazy<Regex>(() => new Regex(@"\G" + body + @"(?![\p{L}\p{N}])", RegexWords.Options));
        _trie = CaseFoldTrie.TryBuild(list);
        _starts = SearchValues.Create(StartCharacters(list));
        _apostropheIsWord = apostropheIsWord;
    }

    /// <summary>Whether matches are found by the trie rather than the anchored regex (for tests).</summary>
    internal bool WalksTrie => _trie is not null;

    /// <summary>The equivalent regular expression.</summary>
    public Regex Pattern => _pattern.Value;

    /// <summary>The first match inside [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>), which the match cannot see beyond; or an unsuccessful match.</summary>
    public Match Match(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AsMatch(text, Next(text, start, start, start + length), start + length);
    }

    /// <summary>The match after <paramref name="previous"/> (a match from <see cref="Match"/> over the same range).</summary>
    public Match NextMatch(string text, Match previous, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(previous);
        return AsMatch(text, Next(text, start, previous.Index + Math.Max(1, previous.Length), start + length), start + length);
    }

    /// <summary>Like <see cref="Match"/>, as a span of the text (null when nothing matches); allocates nothing.</summary>
    public Documents.Span? First(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Next(text, start, start, start + length);
    }

    /// <summary>Like <see cref="NextMatch"/> for a match from <see cref="First"/>.</summary>
    public Documents.Span? After(string text, Documents.Span previous, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Next(text, start, previous.Start + Math.Max(1, previous.Length), start + length);
    }

    private Match AsMatch(string text, Documents.Span? found, int end) =>
        found is Documents.Span f ? _anchored.Value.Match(text, f.Start, end - f.Start) : System.Text.RegularExpressions.Match.Empty;

    private Documents.Span? Next(string text, int start, int from, int end)
    {
        int p = from;
        while (p < end)
        {
            int found = text.AsSpan(p, end - p).IndexOfAny(_starts);
            if (found < 0) break;
            p += found;
            if (p > start && IsWordCharacter(text[p - 1]))
            {
                // No match starts right after a word character: skip the rest of the word at once.
                do p++; while (p < end && IsWordCharacter(text[p - 1]));
                continue;
            }
            int length = LongestAt(text, p, end);
            if (length >= 0) return new Documents.Span(p, p + length);
            p++;
        }
        return null;
    }

    private int LongestAt(string text, int p, int end)
    {
        if (_trie is not null) return _trie.LongestAt(text, p, end);
        Match m = _anchored.Value.Match(text, p, end - p);
        return m.Success ? m.Length : -1;
    }

    private bool IsWordCharacter(char c) => IsLetterOrNumber(c) || (_apostropheIsWord && c == '\'');

    // \p{L} and \p{N}: char.IsLetterOrDigit leaves out letter-like and other numbers (Ⅻ, ½).
    internal static bool IsLetterOrNumber(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    // Every character the regex engine lets match a phrase's first character under its own
    // case-insensitivity rules (which pair 'k' with the Kelvin sign): asked of the engine itself,
    // for the characters whose invariant lower or upper case is that of a first character (the
    // engine's case pairs are among these; asking it of all 65,536 would slow loading).
    internal static char[] StartCharacters(IReadOnlyCollection<string> phrases)
    {
        string[] firsts = [.. phrases.Where(p => p.Length > 0).Select(p => p[..1]).Distinct(StringComparer.Ordinal)];
        if (firsts.Length == 0) return [];
        var first = new Regex("^(?:" + string.Join("|", firsts.Select(Regex.Escape)) + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var lower = firsts.Select(f => char.ToLowerInvariant(f[0])).ToHashSet();
        var upper = firsts.Select(f => char.ToUpperInvariant(f[0])).ToHashSet();
        var starts = new List<char>();
        Span<char> one = stackalloc char[1];
        for (int c = 0; c < CharCount; c++)
        {
            one[0] = (char)c;
            if (!lower.Contains(char.ToLowerInvariant(one[0])) && !upper.Contains(char.ToUpperInvariant(one[0]))) continue;
            if (first.IsMatch(one)) starts.Add((char)c);
        }
        return [.. starts];
    }
}
