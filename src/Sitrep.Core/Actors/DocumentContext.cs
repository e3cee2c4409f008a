namespace Sitrep.Actors;

/// <summary>
/// Answers "does this document mention any of these phrases?" for alias rules, comparing words as
/// the matcher does (case, accents and punctuation ignored). The word index is built on the first
/// question only, since most documents hold no alias with a rule.
/// </summary>
internal sealed class DocumentContext(string text, IReadOnlyList<WordToken> tokens)
{
    private Dictionary<string, List<int>>? _positions;
    private readonly Dictionary<AliasRule, bool> _answers = new(ReferenceEqualityComparer.Instance);

    public bool Mentions(AliasRule rule)
    {
        if (_answers.TryGetValue(rule, out bool known)) return known;
        bool found = rule.Context.Any(MentionsPhrase);
        _answers[rule] = found;
        return found;
    }

    private bool MentionsPhrase(string phrase)
    {
        string[] words = ActorDataLoader.Keys(phrase);
        if (words.Length == 0) return false;
        _positions ??= Index();
        if (!_positions.TryGetValue(words[0], out List<int>? starts)) return false;
        foreach (int start in starts)
        {
            int i = 1;
            while (i < words.Length && start + i < tokens.Count && tokens[start + i].Key == words[i]
                && ActorTokenizer.Adjacent(text, tokens[start + i - 1], tokens[start + i])) i++;
            if (i == words.Length) return true;
        }
        return false;
    }

    private Dictionary<string, List<int>> Index()
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!positions.TryGetValue(tokens[i].Key, out List<int>? list)) positions[tokens[i].Key] = list = [];
            list.Add(i);
        }
        return positions;
    }
}
