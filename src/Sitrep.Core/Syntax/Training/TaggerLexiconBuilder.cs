using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Counts each training form's classes into a <see cref="TaggerLexicon"/>, and gives the entries a
/// training sentence would see if it were not part of the counts: trained on its own counts, the
/// tagger would learn to trust ambiguity classes and look-aheads far more than they deserve on
/// unseen text, where rare words are unlisted or listed without the class they now take.
/// </summary>
internal sealed class TaggerLexiconBuilder
{
    /// <summary>A form this frequent whose commonest class covers this share of its uses is settled without scoring.</summary>
    public const int SettledMinCount = 20;
    public const double SettledShare = 0.995;

    private readonly Dictionary<string, Dictionary<int, int>> _counts = new(StringComparer.Ordinal);
    private readonly int _classes;
    private readonly int _minCount;
    private readonly int _restrictMinCount;

    public TaggerLexiconBuilder(List<TreebankSentence> train, List<int[]> gold, int classes, int minCount, int restrictMinCount)
    {
        _classes = classes;
        _minCount = minCount;
        _restrictMinCount = restrictMinCount;
        for (int s = 0; s < train.Count; s++)
        {
            for (int i = 0; i < gold[s].Length; i++)
            {
                string form = train[s].Source.Words[i].Form;
                if (!_counts.TryGetValue(form, out var byClass)) _counts[form] = byClass = [];
                byClass[gold[s][i]] = byClass.GetValueOrDefault(gold[s][i]) + 1;
            }
        }
    }

    public TaggerLexicon Lexicon()
    {
        var words = new Dictionary<string, WordClasses>(StringComparer.Ordinal);
        foreach (var (form, byClass) in _counts)
            if (Entry(byClass, excluded: null) is { } entry) words[form] = entry;
        return new TaggerLexicon(words, _classes);
    }

    /// <summary>Each word's entry as <see cref="TaggerLexicon.TryGet"/> would find it with <paramref name="sentence"/> left out of the counts.</summary>
    public WordClasses[] HeldOut(TreebankSentence sentence, int[] gold)
    {
        var own = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int i = 0; i < gold.Length; i++)
        {
            string form = sentence.Source.Words[i].Form;
            if (!own.TryGetValue(form, out var byClass)) own[form] = byClass = [];
            byClass[gold[i]] = byClass.GetValueOrDefault(gold[i]) + 1;
        }
        var words = new WordClasses[gold.Length];
        for (int i = 0; i < gold.Length; i++)
        {
            string form = sentence.Source.Words[i].Form;
            words[i] = Lookup(form, own) ?? (form.Any(char.IsUpper) ? Lookup(form.ToLowerInvariant(), own) : null) ?? default;
        }
        return words;
    }

    private WordClasses? Lookup(string form, Dictionary<string, Dictionary<int, int>> own) =>
        _counts.TryGetValue(form, out var byClass) ? Entry(byClass, own.GetValueOrDefault(form)) : null;

    private WordClasses? Entry(Dictionary<int, int> byClass, Dictionary<int, int>? excluded)
    {
        int total = 0, best = -1, bestCount = 0;
        UInt128 candidates = UInt128.Zero;
        foreach (var (c, all) in byClass.OrderBy(p => p.Key))
        {
            int count = all - (excluded?.GetValueOrDefault(c) ?? 0);
            if (count <= 0) continue;
            total += count;
            candidates |= UInt128.One << c;
            if (count > bestCount) (best, bestCount) = (c, count);
        }
        if (total < _minCount || best < 0) return null;
        bool settled = total >= SettledMinCount && bestCount >= SettledShare * total;
        WordDecision decision = settled ? WordDecision.Settle : total >= _restrictMinCount ? WordDecision.Restrict : WordDecision.Score;
        return new WordClasses(settled ? UInt128.One << best : candidates, best, decision);
    }
}
