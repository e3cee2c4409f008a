using System.Collections.Frozen;

namespace Sitrep.Actors;

/// <summary>
/// Phrases keyed by their words, for longest-match lookup over a token list. Built once at load;
/// read-only afterwards, so one trie serves every thread.
/// </summary>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root;

    private PhraseTrie(Node root) => _root = root;

    /// <summary>The words a phrase of the trie can start with.</summary>
    public IEnumerable<string> FirstWords => _root.Children.Keys;

    /// <summary>
    /// Every phrase that starts at <paramref name="start"/>, longest first (among phrases of one
    /// length, the one added last first), with its length in words, into <paramref name="found"/>
    /// (cleared first). The caller owns the list and reuses it: this runs at most words of a text.
    /// </summary>
    public void MatchesAt(string text, IReadOnlyList<WordToken> tokens, int start, List<PhraseMatch<T>> found)
    {
        found.Clear();
        if (start >= tokens.Count || !_root.Children.TryGetValue(tokens[start].Key, out Node? node)) return;
        for (int i = start; ;)
        {
            foreach (T value in node.Values) found.Add(new PhraseMatch<T>(i - start + 1, value));
            i++;
            if (i >= tokens.Count || !ActorTokenizer.Adjacent(text, tokens[i - 1], tokens[i])) break;
            if (!node.Children.TryGetValue(tokens[i].Key, out Node? next)) break;
            node = next;
        }
        found.Reverse();
    }

    /// <summary>The first phrase <see cref="MatchesAt"/> would list, without a list; null when none starts here.</summary>
    public PhraseMatch<T>? LongestAt(string text, IReadOnlyList<WordToken> tokens, int start)
    {
        if (start >= tokens.Count || !_root.Children.TryGetValue(tokens[start].Key, out Node? node)) return null;
        PhraseMatch<T>? longest = null;
        for (int i = start; ;)
        {
            if (node.Values.Length > 0) longest = new PhraseMatch<T>(i - start + 1, node.Values[^1]);
            i++;
            if (i >= tokens.Count || !ActorTokenizer.Adjacent(text, tokens[i - 1], tokens[i])) break;
            if (!node.Children.TryGetValue(tokens[i].Key, out Node? next)) break;
            node = next;
        }
        return longest;
    }

    public sealed class Builder
    {
        private readonly MutableNode _root = new();

        public void Add(IReadOnlyList<string> words, T value)
        {
            if (words.Count == 0) return;
            MutableNode node = _root;
            foreach (string word in words)
            {
                if (!node.Children.TryGetValue(word, out MutableNode? next))
                {
                    next = new MutableNode();
                    node.Children.Add(word, next);
                }
                node = next;
            }
            node.Values.Add(value);
        }

        public PhraseTrie<T> Build() => new(Freeze(_root));

        private static Node Freeze(MutableNode node) =>
            new(node.Children.ToFrozenDictionary(kv => kv.Key, kv => Freeze(kv.Value), StringComparer.Ordinal), [.. node.Values]);
    }

    private sealed record Node(FrozenDictionary<string, Node> Children, T[] Values);

    private sealed class MutableNode
    {
        public Dictionary<string, MutableNode> Children { get; } = new(StringComparer.Ordinal);
        public List<T> Values { get; } = [];
    }
}

/// <summary>A phrase found at a token position: how many words it spans and what it means.</summary>
internal readonly record struct PhraseMatch<T>(int Length, T Value);
