using System.Collections.Frozen;
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
            $@"\G(?<![\p{{L}}\d])(?:(?<qual>{qualifiers})\s+)?(?:(?<between>between|from)\s+)?" +
            $@"(?:(?<vague>{vague})\b|(?<art>{articles})\b|(?<n1>{number}))" +
            $@"(?:\s*(?<join>{joiners})\s*(?<n2>{number}))?",
            RegexWords.Options);
        Triggers = lexicon.Qualifiers.Keys.Concat(lexicon.Vague.Keys).Concat(lexicon.ArticleNumbers.Keys).Concat(lexicon.WordValues.Keys)
            .Append("between").Append("from")
            .Select(FirstWord).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        TriggerLookup = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static QuantityPatterns Default => DefaultLazy.Value;

    /// <summary>The words a quantity can begin with (its pattern is tried only there, and at digits).</summary>
    public FrozenSet<string> Triggers { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup { get; }

    private static string FirstWord(string phrase)
    {
        int end = 0;
        while (end < phrase.Length && char.IsLetter(phrase[end])) end++;
        return end == 0 ? phrase : phrase[..end];
    }

    public NumberLexicon Lexicon { get; }
    public NumberGrammar Grammar { get; }
    public Regex Quantity { get; }
    public Regex NextWord { get; } = new(@"\G[\s\p{Pd}]*(?<w>[\p{L}][\p{L}'’-]*)", RegexWords.Options);
}
