using Sitrep.Syntax.Lemmas;

namespace Sitrep.Syntax.Training;

/// <summary>Learns suffix rules per XPOS from the treebank, then keeps as exceptions the words those rules get wrong.</summary>
public static class LemmatizerTrainer
{
    public static LemmatizerModel Train(List<TreebankSentence> train)
    {
        var ruleCounts = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        var lemmaCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            foreach (var word in sentence.Source.Words)
            {
                if (word.Lemma == "_" ) continue;
                string lower = word.Form.ToLowerInvariant();
                string key = word.Xpos + "\t" + lower;
                if (!lemmaCounts.TryGetValue(key, out var lemmas)) lemmaCounts[key] = lemmas = new(StringComparer.Ordinal);
                lemmas[word.Lemma] = lemmas.GetValueOrDefault(word.Lemma) + 1;
                bool keepsCase = LemmatizerModel.KeepsCase(word.Xpos);
                string form = keepsCase ? word.Form : lower;
                string lemma = keepsCase ? word.Lemma : word.Lemma.ToLowerInvariant();
                LemmaRule rule = LemmaRule.Between(form, lemma);
                if (rule.Strip > 255) continue;
                for (int k = 1; k <= Math.Min(LemmatizerModel.MaxSuffix, lower.Length); k++)
                {
                    string suffixKey = word.Xpos + "\t" + lower[^k..];
                    if (!ruleCounts.TryGetValue(suffixKey, out var rules)) ruleCounts[suffixKey] = rules = [];
                    rules[rule] = rules.GetValueOrDefault(rule) + 1;
                }
            }
        }
        var chosen = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (key, rules) in ruleCounts)
        {
            int total = rules.Values.Sum();
            if (total < 3) continue;
            var best = rules.OrderByDescending(r => r.Value).ThenBy(r => r.Key.Strip).ThenBy(r => r.Key.Append, StringComparer.Ordinal).First().Key;
            if (best != LemmaRule.Identity || key.Length - key.IndexOf('\t') > 2) chosen[key] = best;
        }
        var known = train.SelectMany(s => s.Source.Words).Where(w => w.Lemma != "_")
            .Select(w => LemmatizerModel.KeepsCase(w.Xpos) ? w.Lemma : w.Lemma.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var formLemmas = FormLemmas(train);
        var withoutExceptions = new LemmatizerModel(new Dictionary<string, string>(), chosen, known, formLemmas);
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, lemmas) in lemmaCounts)
        {
            string best = lemmas.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key;
            int tab = key.IndexOf('\t');
            string xpos = key[..tab];
            string lower = key[(tab + 1)..];
            // Case-keeping tags are checked against a capitalised form, the commonest shape of a name.
            string probe = LemmatizerModel.KeepsCase(xpos) && best.Length > 0 && char.IsUpper(best[0]) && lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
            if (LemmatizerModel.KeepsCase(xpos)) continue;
            if (withoutExceptions.Lemmatize(probe, xpos) != best) exceptions[key] = best;
        }
        return new LemmatizerModel(exceptions, chosen, known, formLemmas);
    }

    /// <summary>A form seen this often, always with the same lemma, is lemmatized without trusting its tag.</summary>
    public const int FormLemmaMinCount = 2;

    /// <summary>Lower-cased forms (outside proper nouns) that the treebank always gives the same lemma, whatever their tag.</summary>
    private static Dictionary<string, string> FormLemmas(List<TreebankSentence> train)
    {
        var lemmas = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var word in train.SelectMany(s => s.Source.Words))
        {
            if (word.Lemma == "_") continue;
            string lower = word.Form.ToLowerInvariant();
            if (!lemmas.TryGetValue(lower, out var counts)) lemmas[lower] = counts = new(StringComparer.Ordinal);
            // A proper-noun use still counts against a form's uniqueness ("US" the country, "us" the pronoun).
            string lemma = LemmatizerModel.KeepsCase(word.Xpos) ? "\0" + word.Lemma : word.Lemma;
            counts[lemma] = counts.GetValueOrDefault(lemma) + 1;
        }
        var unique = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, counts) in lemmas)
        {
            if (counts.Count != 1) continue;
            var (lemma, count) = counts.First();
            if (count >= FormLemmaMinCount && lemma.Length > 0 && lemma[0] != '\0') unique[form] = lemma;
        }
        return unique;
    }
}
