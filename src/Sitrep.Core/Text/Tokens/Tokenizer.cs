using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Text.Tokens;

/// <summary>
/// Splits text into tokens following UD English EWT: clitics apart ("Russia's" → Russia + 's,
/// "don't" → do + n't), punctuation apart, abbreviations, initials, numbers, URLs, e-mail
/// addresses, @handles and #tags whole, hyphenated compounds split at the hyphen except after
/// the prefixes EWT keeps ("e-mail", "co-workers"). Every token is a span of the original text.
/// </summary>
public sealed class Tokenizer : IPipelineStage
{
    private readonly ChunkSplitter _splitter;

    public Tokenizer(TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        _splitter = new ChunkSplitter(lexicon);
    }

    public static LayerKey<Token> Layer { get; } = new("tokens", allowsOverlap: false);

    public TokenizerLexicon Lexicon { get; }
    public string Name => "tokens";
    public IReadOnlyList<ILayerKey> Requires => [];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new List<Span>();
        Tokenize(document.Text, spans, cancellationToken);
        return document.With(Layer, spans.Select(s => new Token(s)));
    }

    public IReadOnlyList<Span> Tokenize(string text)
    {
        var spans = new List<Span>();
        Tokenize(text, spans, CancellationToken.None);
        return spans;
    }

    /// <summary>Appends the token spans of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Tokenize(string text, List<Span> output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int i = 0;
        int chunks = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            int start = i;
            while (i < text.Length && !IsSpace(text[i])) i++;
            if (i > start) _splitter.Split(text, start, i, output);
            if ((++chunks & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
        }
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';
}
