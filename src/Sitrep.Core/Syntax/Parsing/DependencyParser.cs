using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Syntax.Tagging;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Syntax.Parsing;

/// <summary>Parses every sentence into a UD dependency tree, using the tags of the pos layer.</summary>
public sealed class DependencyParser : IPipelineStage
{
    // The tagger's class of each UPOS|XPOS pair, built once: the parser's features are class numbers.
    private readonly FrozenDictionary<(string Upos, string Xpos), int> _classIndex;

    public DependencyParser(ParserModel parser, TaggerModel tagger)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(tagger);
        Parser = parser;
        _classIndex = Enumerable.Range(0, tagger.Classes).ToFrozenDictionary(c => (tagger.Upos[c], tagger.Xpos[c]));
    }

    public static LayerKey<Dependency> Layer { get; } = new("deps", allowsOverlap: false);

    public ParserModel Parser { get; }
    public string Name => "deps";
    public IReadOnlyList<ILayerKey> Requires => [Tokenizer.Layer, SentenceSplitter.Layer, PosTagger.Layer];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Span[] tokens = [.. document.Get(Tokenizer.Layer).Select(t => t.Span)];
        var pos = document.Get(PosTagger.Layer);
        int[] tags = new int[tokens.Length];
        for (int i = 0; i < tokens.Length && i < pos.Length; i++) tags[i] = _classIndex.GetValueOrDefault((pos[i].Upos, pos[i].Xpos));
        int[] heads = new int[tokens.Length], labels = new int[tokens.Length];
        var workspace = new ParserWorkspace();
        var output = new List<Dependency>(tokens.Length);
        foreach (TokenRange range in TokenRange.BySentence(document.Get(SentenceSplitter.Layer), tokens))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Parser.Parse(document.Text, tokens.AsSpan(range.First, range.Count), tags.AsSpan(range.First, range.Count), workspace,
                heads.AsSpan(range.First, range.Count), labels.AsSpan(range.First, range.Count));
            for (int i = range.First; i < range.First + range.Count; i++)
            {
                int head = heads[i] < 0 ? -1 : range.First + heads[i];
                output.Add(new Dependency(tokens[i], head, Parser.Labels[labels[i]]));
            }
        }
        return document.With(Layer, output);
    }
}
