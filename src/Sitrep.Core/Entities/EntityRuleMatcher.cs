namespace Sitrep.Entities;

/// <summary>A mention over a sentence's tokens: [Start, End) token indices and a label.</summary>
internal readonly record struct TokenMention(int Start, int End, string Label);

/// <summary>
/// Applies <see cref="EntityRules"/> to one sentence after the model has tagged it: finds facility
/// and unit phrases with their names, keeps the longest of overlapping finds, and lets them replace
/// the model's mentions they overlap ("Kabul" GPE inside "Kabul airport" FAC).
/// </summary>
internal static class EntityRuleMatcher
{
    public static List<TokenMention> Apply(EntityRules rules, IReadOnlyList<string> words, List<TokenMention> model, IReadOnlyDictionary<string, string> lexicon)
    {
        List<TokenMention>? found = null;
        for (int i = 0; i < words.Count; i++)
        {
            if (!rules.ByFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (EntityRule rule in candidates)
            {
                if (!Matches(rule, words, i)) continue;
                TokenMention? m = Match(rules, rule, words, i, i + rule.Words.Length, model, lexicon);
                if (m is TokenMention mention) (found ??= []).Add(mention);
            }
        }
        if (found is null) return model;
        var kept = new List<TokenMention>();
        foreach (TokenMention m in found.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            if (!kept.Any(k => Overlaps(k, m))) kept.Add(m);
        }
        kept.AddRange(model.Where(m => !kept.Any(k => Overlaps(k, m))));
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static TokenMention? Match(EntityRules rules, EntityRule rule, IReadOnlyList<string> words, int start, int end,
        List<TokenMention> model, IReadOnlyDictionary<string, string> lexicon)
    {
        if (rule.Kind == EntityRuleKind.Weapon) return new TokenMention(start, end, rule.Label);
        bool capital = char.IsUpper(words[start][0]);
        if (rule.Kind == EntityRuleKind.BeforeName)
        {
            int k = end;
            while (k < words.Count && (IsName(words[k]) || words[k].All(char.IsAsciiDigit)) && !rules.NotName.Contains(words[k])) k++;
            if (!capital || k == end || (rule.Label == "MILITARY_UNIT" && AllGroupWords(words, end, k, lexicon))) return null;
            return new TokenMention(start, k, rule.Label);
        }
        // A capitalised head followed by more name ("Airport Road", "Prison Service") is part of another name.
        if (capital && end < words.Count && IsName(words[end]) && !rules.NotName.Contains(words[end])) return null;
        int from = start, ordinal = -1;
        while (from > 0 && !rules.NotName.Contains(words[from - 1]) && (IsName(words[from - 1]) || IsOrdinal(rules, words[from - 1])))
        {
            from--;
            if (IsOrdinal(rules, words[from])) ordinal = from;
        }
        if (rule.Label == "MILITARY_UNIT")
        {
            // Numbered formations start at their number ("Syria's 4th Division" → "4th Division").
            if (ordinal >= 0) return new TokenMention(ordinal, end, rule.Label);
            if (rule.Kind == EntityRuleKind.AfterOrdinal || !capital || from == start || AllGroupWords(words, from, start, lexicon)) return null;
            return new TokenMention(from, end, rule.Label);
        }
        if (capital && from < start) return new TokenMention(from, end, rule.Label);
        // A lower-case facility word needs a place or person named just before it ("Kabul airport",
        // also when the model took a known place for an organisation),
        // not a nationality or a country alone ("a Syrian prison", "a U.S. military base", "the US
        // air base": country and demonym words of the actor dictionary), nor
        // after an indefinite article ("a Paris hospital" is a hospital in Paris).
        foreach (TokenMention m in model)
        {
            if (m.End != start || (m.Label is not ("GPE" or "LOC" or "PERSON" or "FAC") && !AllOfClass(words, m.Start, m.End, lexicon, "plc"))) continue;
            if (AllOfClass(words, m.Start, m.End, lexicon, "cty", "dem") || (m.Start > 0 && rules.Description.Contains(words[m.Start - 1]))) return null;
            return new TokenMention(m.Start, end, rule.Label);
        }
        return null;
    }

    private static bool Matches(EntityRule rule, IReadOnlyList<string> words, int i)
    {
        if (i + rule.Words.Length > words.Count) return false;
        for (int k = 1; k < rule.Words.Length; k++)
        {
            if (!string.Equals(words[i + k], rule.Words[k], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// <summary>A word with a capital letter that starts with a letter: "Bamako", "al-Shifa", "U.S.".</summary>
    private static bool IsName(string word) => word.Length > 0 && char.IsLetter(word[0]) && word.Any(char.IsUpper);

    /// <summary>"3rd", "101st", or a capitalised spelled-out ordinal ("Third"; "the first company" is no unit).</summary>
    private static bool IsOrdinal(EntityRules rules, string word)
    {
        if (word.Length is >= 3 and <= 6 && char.IsAsciiDigit(word[0]))
        {
            ReadOnlySpan<char> suffix = word.AsSpan(word.Length - 2);
            return word.AsSpan(0, word.Length - 2).ContainsAnyExceptInRange('0', '9') is false
                && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                    || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase));
        }
        return char.IsUpper(word[0]) && rules.Ordinals.Contains(word);
    }

    // A unit whose name words all belong to named armed groups of the actor dictionary ("Qassam
    // Brigade") is left to the model as an organisation, which the actor coder can match.
    private static bool AllGroupWords(IReadOnlyList<string> words, int from, int to, IReadOnlyDictionary<string, string> lexicon) =>
        AllOfClass(words, from, to, lexicon, "grp");

    /// <summary>Whether every word in [from, to) has one of the lexicon classes <paramref name="kinds"/>.</summary>
    private static bool AllOfClass(IReadOnlyList<string> words, int from, int to, IReadOnlyDictionary<string, string> lexicon, params string[] kinds)
    {
        for (int k = from; k < to; k++)
        {
            if (!lexicon.TryGetValue(words[k].ToLowerInvariant(), out string? classes) || !classes.Split('+').Intersect(kinds, StringComparer.Ordinal).Any()) return false;
        }
        return to > from;
    }

    private static bool Overlaps(TokenMention a, TokenMention b) => a.Start < b.End && b.Start < a.End;
}
