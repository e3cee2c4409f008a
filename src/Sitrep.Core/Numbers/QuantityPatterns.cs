using System.Text.RegularExpressions;
using Sitrep.Lexicons;

namespace Sitrep.Numbers;

/// <summary>The quantity tagger's compiled patterns; the set over the shipped lexicon is built once and shared.</summary>
internal sealed class QuantityPatterns
{
    private static readonly Lazy<QuantityPatterns> DefaultLazy = new(() => new QuantityPatterns(NumberLexicon.Default));

    public QuantityPatterns(NumberLexicon lexicon)
    {
        Lexicon = lexicon;
        Grammar = new NumberGrammar(lexicon);
        string qualifiers = RegexWords.Alternation(lexicon.Qualifiers.Keys);
        string vague = RegexWords.Alternation(lexicon.Vague.Keys);
        string articles = RegexWords.Alternation(lexicon.ArticleNumbers.Keys);
        string joiners = RegexWords.Alternation(lexicon.RangeJoiners);
        string number = Grammar.Pattern;
        Quantity = new Regex(
            $@"(?<![\p{{L}}\d])(?:(?<qual>{qualifiers})\s+)?(?:(?<between>between|from)\s+)?" +
            $@"(?:(?<vague>{vague})\b|(?<art>{articles})\b|(?<n1>{number}))" +
            $@"(?:\s*(?<join>{joiners})\s*(?<n2>{number}))?",
            RegexWords.Options);
    }

    public static QuantityPatterns Default => DefaultLazy.Value;

    public NumberLexicon Lexicon { get; }
    public NumberGrammar Grammar { get; }
    public Regex Quantity { get; }
    public Regex NextWord { get; } = new(@"\G[\s\p{Pd}]*(?<w>[\p{L}][\p{L}'’-]*)", RegexWords.Options);
}
