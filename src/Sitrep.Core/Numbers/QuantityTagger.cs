using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Time;

namespace Sitrep.Numbers;

/// <summary>
/// Finds counts in raw text — digits, number words, "a dozen", vague words ("dozens") — with the
/// qualifier or range around them, and reads each as low/best/high under ACLED's conventions
/// (GUIDELINES.md). Runs after the temporal tagger so that years, dates and durations are never
/// read as counts.
/// </summary>
public sealed class QuantityTagger : IPipelineStage
{
    public static LayerKey<QuantityMention> Layer { get; } = new("numbers", allowsOverlap: false);

    private readonly QuantityPatterns _patterns;
    private readonly NumberLexicon _lexicon;
    private readonly NumberGrammar _grammar;
    private readonly Regex _quantity;
    private readonly Regex _nextWord;

    public QuantityTagger(NumberLexicon? lexicon = null)
    {
        QuantityPatterns patterns = lexicon is null ? QuantityPatterns.Default : new QuantityPatterns(lexicon);
        _patterns = patterns;
        _lexicon = patterns.Lexicon;
        _grammar = patterns.Grammar;
        _quantity = patterns.Quantity;
        _nextWord = patterns.NextWord;
    }

    public string Name => "numbers";
    public IReadOnlyList<ILayerKey> Requires => [TemporalTagger.Layer];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ImmutableArray<Span> times = [.. document.Get(TemporalTagger.Layer).Select(t => t.Span)];
        return document.With(Layer, Tag(document.Text, times, cancellationToken));
    }

    /// <summary>The quantities in <paramref name="text"/>, skipping any that overlap <paramref name="excluded"/> (sorted time spans).</summary>
    public IReadOnlyList<QuantityMention> Tag(string text, IReadOnlyList<Span> excluded, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(excluded);
        var result = new List<QuantityMention>();
        int position = 0, skip = 0, tokens = 0;
        for (int start = TokenScanner.Next(text, 0, out int tokenEnd); start >= 0; start = TokenScanner.Next(text, Math.Max(tokenEnd, position), out tokenEnd))
        {
            if ((++tokens & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (!char.IsDigit(text[start]) && !_patterns.TriggerLookup.Contains(text.AsSpan(start, tokenEnd - start))) continue;
            Match m = _quantity.Match(text, start);
            if (!m.Success) continue;
            QuantityMention? mention = Read(text, m, out int end);
            if (mention is null) continue;
            while (skip < excluded.Count && excluded[skip].End <= mention.Span.Start) skip++;
            bool overlapsTime = skip < excluded.Count && excluded[skip].Start < mention.Span.End;
            if (!overlapsTime) result.Add(mention);
            position = overlapsTime ? Math.Max(end, excluded[skip].End) : end;
        }
        return result;
    }

    private QuantityMention? Read(string text, Match m, out int end)
    {
        Group n1 = m.Groups["n1"], n2 = m.Groups["n2"], qual = m.Groups["qual"], betweenGroup = m.Groups["between"];
        Group value = n1.Success ? n1 : m.Groups["art"].Success ? m.Groups["art"] : m.Groups["vague"];
        end = value.Index + value.Length;
        decimal? low;
        QuantityKind kind = QuantityKind.Exact;
        if (value == m.Groups["vague"])
        {
            if (IsFunctionWordUse(text, value)) return null;
            low = _lexicon.Vague[RegexWords.Normalise(value.ValueSpan)];
            kind = QuantityKind.Vague;
        }
        else if (value == n1)
        {
            if (!IsStandaloneNumber(text, n1)) return null;
            low = _grammar.Parse(n1.ValueSpan);
        }
        else low = _lexicon.ArticleNumbers[RegexWords.Normalise(value.ValueSpan)];
        if (low is null) return null;

        decimal? high = null;
        string? joiner = m.Groups["join"].Success ? RegexWords.Normalise(m.Groups["join"].ValueSpan) : null;
        // "and" joins a range only after "between"; otherwise "3 soldiers and 2 civilians" are two counts.
        bool range = n1.Success && n2.Success && (joiner != "and" || betweenGroup.Success) && IsStandaloneNumber(text, n2);
        if (range)
        {
            high = _grammar.Parse(n2.ValueSpan);
            range = high is decimal hv0 && hv0 >= low;
        }
        int start = m.Index;
        if (range)
        {
            kind = QuantityKind.Range;
            end = n2.Index + n2.Length;
        }
        else if (betweenGroup.Success) start = value.Index;
        else if (qual.Success) kind = _lexicon.Qualifiers[RegexWords.Normalise(qual.ValueSpan)];

        long l = Round(low.Value), h = high is decimal hv ? Round(hv) : l;
        var span = new Span(start, end);
        string? noun = NounAfter(text, end);
        return kind switch
        {
            QuantityKind.Exact => new QuantityMention(span, l, l, l, kind, noun),
            QuantityKind.AtLeast or QuantityKind.MoreThan or QuantityKind.Vague => new QuantityMention(span, l, l, null, kind, noun),
            QuantityKind.UpTo => new QuantityMention(span, null, null, l, kind, noun),
            QuantityKind.Nearly => new QuantityMention(span, null, l, l, kind, noun),
            QuantityKind.Approximately => new QuantityMention(span, null, l, null, kind, noun),
            _ => new QuantityMention(span, l, l, h, kind, noun),
        };
    }

    private static long Round(decimal value) => value >= long.MaxValue ? long.MaxValue : (long)Math.Round(value, MidpointRounding.AwayFromZero);

    /// <summary>Rejects digits glued to letters or other numbers ("Su-25", "3rd", "10:30", "1.2.3") and the pronoun "one".</summary>
    private static bool IsStandaloneNumber(string text, Group g)
    {
        int s = g.Index, e = g.Index + g.Length;
        if (s >= 2 && text[s - 1] == '-' && char.IsLetter(text[s - 2])) return false;
        if (s >= 1 && (text[s - 1] is '#' or '/' or ':' or '.' || char.IsLetter(text[s - 1]))) return false;
        if (e < text.Length && (char.IsLetter(text[e]))) return false;
        if (e + 1 < text.Length && text[e] is ':' or '/' or '.' && char.IsAsciiDigit(text[e + 1])) return false;
        if (g.ValueSpan.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            string before = PreviousWord(text, s);
            if (before is "no" or "any" or "every" or "some" or "each" or "the" or "this" or "that" or "which" or "anyone" or "someone") return false;
        }
        return true;
    }

    /// <summary>"how many", "so many", "too many" are not counts.</summary>
    private static bool IsFunctionWordUse(string text, Group g) =>
        PreviousWord(text, g.Index) is "how" or "so" or "too" or "as";

    private static string PreviousWord(string text, int index)
    {
        int e = index;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return text[s..e].ToLowerInvariant();
    }

    /// <summary>The counted noun right after a number, looking past "of"/"the" and one capitalised modifier ("16 Malian soldiers").</summary>
    private string? NounAfter(string text, int index)
    {
        int position = index;
        if (position < text.Length && text[position] == '%') return "percent";
        for (int step = 0; step < 3 && position < text.Length; step++)
        {
            Match w = _nextWord.Match(text, position);
            if (!w.Success) return null;
            string word = w.Groups["w"].Value;
            string lower = word.ToLowerInvariant();
            position = w.Index + w.Length;
            if (lower is "of" or "the") continue;
            if (_lexicon.NotNouns.Contains(lower)) return null;
            if (char.IsUpper(word[0]) && step < 2) continue;
            return lower;
        }
        return null;
    }
}
