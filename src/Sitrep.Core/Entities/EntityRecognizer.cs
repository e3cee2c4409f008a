using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Entities;

/// <summary>
/// Pipeline stage producing the "entities" layer: a statistical recogniser (averaged perceptron
/// over BILOU labels) run on the stage's own tokens, sentence by sentence at full stops, then
/// facility and military-unit rules (<see cref="EntityRules"/>), labels no training corpus has.
/// </summary>
public sealed class EntityRecognizer(NerModel model, EntityRules rules) : IPipelineStage
{
    public static LayerKey<EntityMention> Layer { get; } = new("entities", allowsOverlap: false);

    /// <summary>The model with the rules shipped with Sitrep (<see cref="EntityRules.Default"/>).</summary>
    public EntityRecognizer(NerModel model) : this(model, EntityRules.Default)
    {
    }

    private readonly NerModel _model = model ?? throw new ArgumentNullException(nameof(model));
    private readonly EntityRules _rules = rules ?? throw new ArgumentNullException(nameof(rules));

    public string Name => "entities";
    public IReadOnlyList<ILayerKey> Requires => [];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return document.With(Layer, Recognize(document.Text));
    }

    public IReadOnlyList<EntityMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Span> spans = EntityTokenizer.Tokenize(text, _model.Lexicon);
        var mentions = new List<EntityMention>();
        int start = 0;
        for (int i = 0; i < spans.Count; i++)
        {
            if (!EndsSentence(text, spans, i)) continue;
            Decode(text, spans, start, i + 1, mentions);
            start = i + 1;
        }
        return mentions;
    }

    /// <summary>Whether token <paramref name="i"/> closes a sentence: a full stop, ! or ?, a line break after it, or the end.</summary>
    public static bool EndsSentence(string text, IReadOnlyList<Span> tokens, int i)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (i == tokens.Count - 1) return true;
        Span token = tokens[i];
        if (token.Length == 1 && text[token.Start] is '.' or '!' or '?') return true;
        return text.AsSpan(token.End, tokens[i + 1].Start - token.End).Contains('\n');
    }

    private void Decode(string text, List<Span> spans, int from, int to, List<EntityMention> into)
    {
        string[] words = new string[to - from];
        for (int i = from; i < to; i++) words[i - from] = spans[i].TextOf(text);
        string[] labels = _model.Tag(words);
        var found = new List<TokenMention>();
        for (int i = 0; i < labels.Length; i++)
        {
            if (!labels[i].StartsWith("B-", StringComparison.Ordinal)) continue;
            string type = labels[i][2..];
            int j = i + 1;
            while (j < labels.Length && labels[j].Length == type.Length + 2 && labels[j].StartsWith("I-", StringComparison.Ordinal) && labels[j].EndsWith(type, StringComparison.Ordinal)) j++;
            found.Add(new TokenMention(i, j, type));
            i = j - 1;
        }
        foreach (TokenMention m in EntityRuleMatcher.Apply(_rules, words, found, _model.Lexicon))
        {
            var span = new Span(spans[from + m.Start].Start, spans[from + m.End - 1].End);
            into.Add(new EntityMention(span, span.TextOf(text), m.Label));
        }
    }
}
