using System.Collections.Frozen;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The lexicon's entries, each with the summed weights of its form's own features (the first
/// <see cref="TaggerFeatures.WordFeatures"/>, which hash the word alone) worked out once at load.
/// Scoring a listed word then starts from its row and adds only the context features: a third
/// fewer rows to fetch. The perceptron sums features in order and the word's come first, so a row
/// holds the very floats the full sum passes through, and the tags are the same to the bit.
/// Rows exist for forms looked up as written (a lower-cased fallback has another shape feature)
/// and not settled without scoring. Immutable.
/// </summary>
internal sealed class LexicalScores
{
    private const int NoRow = -1;
    private readonly FrozenDictionary<string, Entry> _entries;
    private readonly float[] _rows;
    private readonly int _classes;

    private LexicalScores(FrozenDictionary<string, Entry> entries, float[] rows, int classes)
    {
        _entries = entries;
        _rows = rows;
        _classes = classes;
    }

    public static LexicalScores Build(TaggerLexicon lexicon, TaggerWeights weights)
    {
        int classes = weights.Classes;
        int scored = lexicon.Words.Count(e => !e.Value.Settled);
        var rows = new float[(long)scored * classes <= Array.MaxLength ? scored * classes : throw new ArgumentException("lexicon too large for word rows", nameof(lexicon))];
        var entries = new Dictionary<string, Entry>(lexicon.Words.Count, StringComparer.Ordinal);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.WordFeatures];
        int next = 0;
        foreach (var (form, classesOf) in lexicon.Words)
        {
            if (classesOf.Settled)
            {
                entries[form] = new Entry(classesOf, NoRow);
                continue;
            }
            int n = TaggerFeatures.ExtractWord(form, form.ToLowerInvariant(), features);
            weights.Score(features[..n], rows.AsSpan(next * classes, classes));
            entries[form] = new Entry(classesOf, next++);
        }
        return new LexicalScores(entries.ToFrozenDictionary(StringComparer.Ordinal), rows, classes);
    }

    /// <summary>Finds <paramref name="word"/> as written, then lower-cased; <paramref name="row"/> is -1 when there is no row to start from.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out WordClasses classes, out int row)
    {
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out Entry entry))
        {
            (classes, row) = (entry.Classes, entry.Row);
            return true;
        }
        row = NoRow;
        classes = default;
        if (word.Length > 64 || !HasUpper(word)) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (!lookup.TryGetValue(lower, out entry)) return false;
        classes = entry.Classes;
        return true;
    }

    /// <summary>The summed weights of a listed form's own features; <paramref name="row"/> from <see cref="TryGet"/>, not -1.</summary>
    public ReadOnlySpan<float> Row(int row) => _rows.AsSpan(row * _classes, _classes);

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsUpper(c)) return true;
        return false;
    }

    private readonly record struct Entry(WordClasses Classes, int Row);
}
