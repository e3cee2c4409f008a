using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sitrep.Lexicons;

/// <summary>
/// The alternation behind <see cref="WordBoundedPhrases"/> as a trie over case classes: the same
/// longest phrase the regex's alternation (longest first) finds at a position, found by one walk
/// instead of a regex call. A text character belongs to a phrase character's class when the regex
/// engine, ignoring case, matches the one with the other (asked of the engine itself, so 'k' takes
/// the Kelvin sign as the regex does); a space in a phrase takes any run of whitespace, as \s+ does.
/// </summary>
internal sealed class CaseFoldTrie
{
    private const int CharCount = char.MaxValue + 1;
    private const int WhitespaceLabel = 0;

    // Class numbers of text characters (classes start at 1; 0 labels a whitespace edge).
    private readonly int[] _asciiClass;
    private readonly FrozenDictionary<char, int> _otherClass;

    // Node n's edges are _labels/_targets[_edgeStart[n] .. _edgeStart[n + 1]).
    private readonly int[] _edgeStart;
    private readonly int[] _labels;
    private readonly int[] _targets;
    private readonly bool[] _terminal;

    private CaseFoldTrie(int[] asciiClass, FrozenDictionary<char, int> otherClass, int[] edgeStart, int[] labels, int[] targets, bool[] terminal) =>
        (_asciiClass, _otherClass, _edgeStart, _labels, _targets, _terminal) = (asciiClass, otherClass, edgeStart, labels, targets, terminal);

    /// <summary>
    /// The trie of the phrases, or null when some phrase is outside what it reproduces exactly (empty,
    /// whitespace other than single inner spaces, or case classes the engine does not keep apart);
    /// the caller then uses the regex.
    /// </summary>
    public static CaseFoldTrie? TryBuild(IReadOnlyCollection<string> phrases)
    {
        foreach (string p in phrases)
        {
            if (p.Length == 0 || p[0] == ' ' || p[^1] == ' ' || p.Contains("  ", StringComparison.Ordinal)) return null;
            foreach (char c in p)
            {
                if (c != ' ' && char.IsWhiteSpace(c)) return null;
            }
        }
        Dictionary<char, int>? classOf = CaseClasses(phrases);
        if (classOf is null) return null;

        var children = new List<Dictionary<int, int>> { new() };
        var terminal = new List<bool> { false };
        foreach (string p in phrases)
        {
            int node = 0;
            foreach (char c in p)
            {
                int label = c == ' ' ? WhitespaceLabel : classOf[c];
                if (!children[node].TryGetValue(label, out int next))
                {
                    next = children.Count;
                    children[node][label] = next;
                    children.Add([]);
                    terminal.Add(false);
                }
                node = next;
            }
            terminal[node] = true;
        }

        var edgeStart = new int[children.Count + 1];
        var labels = new List<int>();
        var targets = new List<int>();
        for (int n = 0; n < children.Count; n++)
        {
            edgeStart[n] = labels.Count;
            foreach ((int label, int target) in children[n])
            {
                labels.Add(label);
                targets.Add(target);
            }
        }
        edgeStart[children.Count] = labels.Count;

        var ascii = new int[128];
        var other = new Dictionary<char, int>();
        foreach ((char c, int cls) in classOf)
        {
            if (c < 128) ascii[c] = cls;
            else other[c] = cls;
        }
        return new CaseFoldTrie(ascii, other.ToFrozenDictionary(), edgeStart, [.. labels], [.. targets], [.. terminal]);
    }

    /// <summary>
    /// The length of the longest phrase matching at <paramref name="p"/> without reading past
    /// <paramref name="end"/> and not followed by a letter or number; -1 when none does.
    /// </summary>
    public int LongestAt(string text, int p, int end)
    {
        int node = 0, i = p, best = -1;
        while (true)
        {
            if (_terminal[node] && (i >= end || !WordBoundedPhrases.IsLetterOrNumber(text[i]))) best = i - p;
            if (i >= end) return best;
            char c = text[i];
            int label;
            if (char.IsWhiteSpace(c))
            {
                label = WhitespaceLabel;
                do i++; while (i < end && char.IsWhiteSpace(text[i]));
            }
            else
            {
                label = c < 128 ? _asciiClass[c] : _otherClass.GetValueOrDefault(c);
                if (label == 0) return best;
                i++;
            }
            int next = Child(node, label);
            if (next < 0) return best;
            node = next;
        }
    }

    private int Child(int node, int label)
    {
        for (int e = _edgeStart[node]; e < _edgeStart[node + 1]; e++)
        {
            if (_labels[e] == label) return _targets[e];
        }
        return -1;
    }

    // Every text character the engine matches to a phrase character, numbered by the set of text
    // characters it matches (phrase characters the engine treats alike share a number); null when a
    // text character would match two different sets, which a single class per character cannot say.
    private static Dictionary<char, int>? CaseClasses(IReadOnlyCollection<string> phrases)
    {
        char[] chars = [.. phrases.SelectMany(p => p).Where(c => c != ' ').Distinct().Order()];
        var byLower = chars.ToLookup(char.ToLowerInvariant);
        var byUpper = chars.ToLookup(char.ToUpperInvariant);
        Dictionary<char, Regex> single = chars.ToDictionary(c => c, c => new Regex("^" + Regex.Escape(c.ToString()) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        var matched = chars.ToDictionary(c => c, _ => new SortedSet<char>());
        for (int code = 0; code < CharCount; code++)
        {
            char c = (char)code;
            char lower = char.ToLowerInvariant(c), upper = char.ToUpperInvariant(c);
            if (!byLower.Contains(lower) && !byUpper.Contains(upper)) continue;
            string one = c.ToString();
            foreach (char phraseChar in byLower[lower].Concat(byUpper[upper]).Distinct())
            {
                if (single[phraseChar].IsMatch(one)) matched[phraseChar].Add(c);
            }
        }

        var classOfSet = new Dictionary<string, int>(StringComparer.Ordinal);
        var classOf = new Dictionary<char, int>();
        foreach (char phraseChar in chars)
        {
            string set = string.Concat(matched[phraseChar]);
            if (!classOfSet.TryGetValue(set, out int cls)) classOfSet[set] = cls = classOfSet.Count + 1;
            foreach (char c in set)
            {
                if (classOf.TryGetValue(c, out int existing) && existing != cls) return null;
                classOf[c] = cls;
            }
            // A phrase character the engine would not match to itself cannot be walked.
            if (!classOf.ContainsKey(phraseChar)) return null;
        }
        return classOf;
    }
}
