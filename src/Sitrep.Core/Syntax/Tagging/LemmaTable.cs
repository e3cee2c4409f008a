using System.Collections.Frozen;
using Sitrep.Syntax.Lemmas;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The lemma of every form in the tagger's lexicon under each class it was seen with, worked out
/// once by the lemmatizer when the tagger is built. Most running words are listed forms tagged with
/// one of their classes, and one look-up here replaces the lemmatizer's several (exceptions, form
/// lemmas, suffix rules, known lemmas); the answers are the lemmatizer's own. Immutable.
/// </summary>
internal sealed class LemmaTable
{
    private readonly FrozenDictionary<string, int> _forms;
    private readonly int[] _start;
    private readonly byte[] _classes;
    private readonly string[] _lemmas;

    private LemmaTable(FrozenDictionary<string, int> forms, int[] start, byte[] classes, string[] lemmas)
    {
        _forms = forms;
        _start = start;
        _classes = classes;
        _lemmas = lemmas;
    }

    public static LemmaTable Build(TaggerModel tagger, LemmatizerModel lemmatizer)
    {
        var forms = new Dictionary<string, int>(tagger.Lexicon.Words.Count, StringComparer.Ordinal);
        var start = new List<int>(tagger.Lexicon.Words.Count + 1);
        var classes = new List<byte>();
        var lemmas = new List<string>();
        Span<int> buffer = stackalloc int[TaggerLexicon.MaxClasses];
        foreach (var (form, entry) in tagger.Lexicon.Words)
        {
            forms[form] = start.Count;
            start.Add(classes.Count);
            foreach (int c in TaggerModel.Expand(entry.Candidates, buffer))
            {
                classes.Add((byte)c);
                lemmas.Add(lemmatizer.Lemmatize(form, tagger.Xpos[c]));
            }
        }
        start.Add(classes.Count);
        return new LemmaTable(forms.ToFrozenDictionary(StringComparer.Ordinal), [.. start], [.. classes], [.. lemmas]);
    }

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="class"/>, or null when the form or that class of it is not listed.</summary>
    public string? Find(ReadOnlySpan<char> form, int @class)
    {
        if (!_forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out int index)) return null;
        for (int k = _start[index]; k < _start[index + 1]; k++) if (_classes[k] == @class) return _lemmas[k];
        return null;
    }
}
