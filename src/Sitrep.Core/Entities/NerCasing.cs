namespace Sitrep.Entities;

/// <summary>
/// How each word is usually written inside a sentence, learned from the training text alone:
/// a capital nearly always ("Baghdad": "C"), mostly ("c"), sometimes ("l") or almost never
/// ("airline": "L"), with a frequency band (rare, medium, frequent). Lets the tagger tell a
/// capitalised common word ("Airline officials", "Federal police") from a name, also at the
/// start of a sentence, where the capital says nothing.
/// </summary>
public static class NerCasing
{
    /// <summary>The class of each word (lower case) seen at least twice after a sentence's first word.</summary>
    public static IReadOnlyDictionary<string, string> FromSentences(IEnumerable<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var capital = new Dictionary<string, int>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TaggedSentence s in sentences)
        {
            for (int i = 1; i < s.Words.Length; i++)
            {
                string word = s.Words[i];
                if (word.Length == 0 || !char.IsLetter(word[0])) continue;
                var counts = char.IsUpper(word[0]) ? capital : lower;
                string key = word.ToLowerInvariant();
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string word in capital.Keys.Union(lower.Keys))
        {
            int up = capital.GetValueOrDefault(word), down = lower.GetValueOrDefault(word), n = up + down;
            if (n < 2) continue;
            double ratio = (double)up / n;
            string kind = ratio >= 0.95 ? "C" : ratio >= 0.5 ? "c" : ratio >= 0.05 ? "l" : "L";
            classes[word] = kind + (n < 5 ? "r" : n < 50 ? "m" : "f");
        }
        return classes;
    }
}
