using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Syntax.Lemmas;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Syntax.Tagging;

/// <summary>Tags every token with UPOS, XPOS and a lemma, sentence by sentence.</summary>
public sealed class PosTagger : IPipelineStage
{
    public PosTagger(TaggerModel tagger, LemmatizerModel lemmatizer)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        _lemmas = LemmaTable.Build(tagger, lemmatizer);
    }

    private readonly LemmaTable _lemmas;

    public static LayerKey<PosTag> Layer { get; } = new("pos", allowsOverlap: false);

    public TaggerModel Tagger { get; }
    public LemmatizerModel Lemmatizer { get; }
    public string Name => "pos";
    public IReadOnlyList<ILayerKey> Requires => [Tokenizer.Layer, SentenceSplitter.Layer];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Span[] tokens = [.. document.Get(Tokenizer.Layer).Select(t => t.Span)];
        var tags = new List<PosTag>(tokens.Length);
        int[] classes = new int[Math.Max(1, tokens.Length)];
        foreach (TokenRange range in TokenRange.BySentence(document.Get(SentenceSplitter.Layer), tokens))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Tag(document.Text, tokens.AsSpan(range.First, range.Count), tags, classes);
        }
        return document.With(Layer, tags);
    }

    /// <summary>Tags one sentence's tokens and appends the results; <paramref name="scratch"/> must hold a class per token.</summary>
    public void Tag(string text, ReadOnlySpan<Span> sentence, List<PosTag> output, int[] scratch)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scratch);
        Span<int> classes = scratch.AsSpan(0, sentence.Length);
        Tagger.Tag(text, sentence, classes);
        for (int i = 0; i < sentence.Length; i++)
        {
            int c = classes[i];
            output.Add(new PosTag(sentence[i], Tagger.Upos[c], Tagger.Xpos[c], Lemmatize(text.AsSpan(sentence[i].Start, sentence[i].Length), c)));
        }
    }

    /// <summary>The lemma of <paramref name="form"/> tagged with the tagger's class <paramref name="class"/>: <see cref="LemmatizerModel.Lemmatize"/>'s answer, looked up once for the lexicon's forms.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, int @class) =>
        _lemmas.Find(form, @class) ?? Lemmatizer.Lemmatize(form, Tagger.Xpos[@class]);
}
