using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text.Tokens;

namespace Sitrep.Text.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends at terminal punctuation (with any closing quotes
/// or brackets after it) unless the next word shows it continues, never after a title ("Gen.") or
/// an initial ("J."), after another abbreviation only when a typical sentence opener follows, and
/// always at a blank line or after a short line such as a headline or dateline. With a
/// <see cref="SentenceBoundaryModel"/>, those rules become one vote that the learned classifier
/// weighs with the words around each gap; blank lines and the length cap still always break.
/// </summary>
public sealed class SentenceSplitter(TokenizerLexicon lexicon, SentenceSplitterOptions? options = null, SentenceBoundaryModel? model = null) : IPipelineStage
{
    private readonly SentenceSplitterOptions _options = options ?? SentenceSplitterOptions.Default;

    public static LayerKey<Sentence> Layer { get; } = new("sentences", allowsOverlap: false);

    public string Name => "sentences";
    public IReadOnlyList<ILayerKey> Requires => [Tokenizer.Layer];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get(Tokenizer.Layer);
        var spans = new Span[tokens.Length];
        for (int i = 0; i < spans.Length; i++) spans[i] = tokens[i].Span;
        return document.With(Layer, Split(document.Text, spans).Select(s => new Sentence(s)));
    }

    /// <summary>The sentence spans over ordered, non-overlapping token spans.</summary>
    public IReadOnlyList<Span> Split(string text, IReadOnlyList<Span> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Span>();
        int first = 0, paragraphEnd = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > paragraphEnd) paragraphEnd = ParagraphEnd(text, tokens, i);
            if (i == paragraphEnd || i - first + 1 >= _options.MaxTokens || Ends(text, tokens, i, i - first + 1, paragraphEnd - i))
            {
                sentences.Add(new Span(tokens[first].Start, tokens[i].End));
                first = i + 1;
            }
        }
        return sentences;
    }

    private bool Ends(string text, IReadOnlyList<Span> tokens, int i, int sinceStart, int toEnd)
    {
        bool rule = RuleEnds(text, tokens, i);
        // The model learned from EWT's rebuilt text, which has no line breaks inside a paragraph,
        // so at a line break (headlines, datelines) the rules keep the say.
        if (model is null || text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n')) return rule;
        // "SDF raid in Hajin overnight: 9 suspected ISIS cell members arrested": a colon that goes on, on its line,
        // with a number or a lower-case word introduces what follows rather than ending a sentence.
        if (IsColonGoingOn(text, tokens[i], tokens[i + 1])) return false;
        return model.Ends(text, tokens, i, sinceStart, toEnd, rule);
    }

    private static bool IsColonGoingOn(string text, Span token, Span next) =>
        token.Length == 1 && text[token.Start] == ':' && (char.IsDigit(text[next.Start]) || char.IsLower(text[next.Start]));

    /// <summary>The index of the last token before the next blank line (or of the last token).</summary>
    internal static int ParagraphEnd(string text, IReadOnlyList<Span> tokens, int from)
    {
        for (int i = from; i + 1 < tokens.Count; i++)
        {
            if (text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Count('\n') >= 2) return i;
        }
        return tokens.Count - 1;
    }

    /// <summary>The hand-written rules' verdict on a boundary after token <paramref name="i"/> (not the last of its paragraph).</summary>
    internal bool RuleEnds(string text, IReadOnlyList<Span> tokens, int i)
    {
        Span token = tokens[i];
        Span next = tokens[i + 1];
        ReadOnlySpan<char> gap = text.AsSpan(token.End, next.Start - token.End);
        int newlines = gap.Count('\n');
        if (newlines >= 2) return true;
        if (newlines == 1 && IsShortLine(text, token.End)) return StartsLikeSentence(text, next) || CharClass.IsTerminal(text[token.End - 1]);
        ReadOnlySpan<char> word = text.AsSpan(token.Start, token.Length);
        if (MessageHeader.EndsBefore(text, tokens, i) || MessageHeader.EndsAfter(text, tokens, i)) return true;
        if (word is "," && i > 0 && IsClosing(text, tokens[i - 1]) && char.IsUpper(text[next.Start])) return true;
        if (word is ":" && _options.BreakAfterColon && char.IsUpper(text[next.Start]) && i > 0 && !char.IsDigit(text[tokens[i - 1].Start])) return true;
        if (IsClosingToken(word) && i > 0 && gap.Length > 0)
        {
            ReadOnlySpan<char> before = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
            if (IsTerminalToken(before)) return StartsLikeSentence(text, next) || IsLowerStartAfterStrongEnd(text, before, next);
            return false;
        }
        if (IsTerminalToken(word))
        {
            ReadOnlySpan<char> nextWord = text.AsSpan(next.Start, next.Length);
            if (IsClosingToken(nextWord) && (gap.Length == 0 || nextWord is ")" or "]")) return false;
            return StartsLikeSentence(text, next) || IsLowerStartAfterStrongEnd(text, word, next);
        }
        if (word.Length > 1 && word[^1] == '.')
        {
            if (word.Length == 2 || IsTitle(word)) return false;
            return char.IsUpper(text[next.Start]) && IsStarter(text.AsSpan(next.Start, next.Length));
        }
        return false;
    }

    private static bool IsTerminalToken(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (!CharClass.IsTerminal(c)) return false;
        return word.Length > 0;
    }

    private static bool IsClosingToken(ReadOnlySpan<char> word) => word.Length == 1 && CharClass.IsClosing(word[0]);

    private static bool StartsLikeSentence(string text, Span next)
    {
        char c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || CharClass.IsOpening(c) || c is '-' or '*' or '•' or '@' or '#' || char.IsSurrogate(c);
    }

    /// <summary>Informal text often starts sentences in lower case; after "!" or "?" or a plain period that is still a break.</summary>
    private bool IsLowerStartAfterStrongEnd(string text, ReadOnlySpan<char> end, Span next) =>
        _options.LowerCaseStarts && char.IsLower(text[next.Start]) && end is "!" or "?" or ".";

    private bool IsShortLine(string text, int lineEnd)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, lineEnd - 1)) + 1;
        return lineEnd - lineStart <= _options.ShortLineLength;
    }

    private bool IsClosing(string text, Span token)
    {
        ReadOnlySpan<char> word = text.AsSpan(token.Start, token.Length);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return lexicon.Closings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private bool IsTitle(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return lexicon.Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private bool IsStarter(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return lexicon.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}

public sealed record SentenceSplitterOptions
{
    public static SentenceSplitterOptions Default { get; } = new();

    /// <summary>A line this short that ends at a newline is a sentence of its own (a headline, a dateline).</summary>
    public int ShortLineLength { get; init; } = 60;

    /// <summary>Break after "!", "?" or "." even when the next word is lower case.</summary>
    public bool LowerCaseStarts { get; init; } = true;

    /// <summary>Break after a colon followed by a capitalised word ("All: Please ..."); off because on EWT it costs more precision than it gains recall.</summary>
    public bool BreakAfterColon { get; init; }

    /// <summary>Sentences longer than this are cut, which bounds the parser's work on run-on text.</summary>
    public int MaxTokens { get; init; } = 400;
}
