using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Errors;
using Sitrep.Lexicons;

namespace Sitrep.Numbers;

/// <summary>
/// The number words, vague quantity words, qualifiers and range joiners of data/lexicons/numbers.en.tsv,
/// validated at load. Shared by the quantity tagger and the temporal tagger (for "three years").
/// </summary>
public sealed class NumberLexicon
{
    public const string FileName = "numbers.en.tsv";

    private static readonly FrozenSet<string> Kinds =
        new[] { "unit", "tens", "scale", "article-number", "vague", "qualifier", "range-joiner", "not-noun" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<NumberLexicon> DefaultLazy = new(() => LoadOrThrow(FileName, LexiconFile.ReadEmbedded(FileName)));

    private NumberLexicon(LexiconFile file, ImmutableArray<Problem>.Builder problems)
    {
        Units = Numbers(file, "unit", problems, 0, 19);
        Tens = Numbers(file, "tens", problems, 20, 90);
        Scales = Numbers(file, "scale", problems, 12, 1_000_000_000);
        ArticleNumbers = Numbers(file, "article-number", problems, 1, long.MaxValue);
        Vague = Numbers(file, "vague", problems, 1, long.MaxValue);
        var qualifiers = new Dictionary<string, QuantityKind>(StringComparer.Ordinal);
        foreach (LexiconEntry e in file.OfKind("qualifier"))
        {
            QuantityKind? kind = e.Value switch
            {
                "more-than" => QuantityKind.MoreThan,
                "at-least" => QuantityKind.AtLeast,
                "up-to" => QuantityKind.UpTo,
                "nearly" => QuantityKind.Nearly,
                "approximately" => QuantityKind.Approximately,
                _ => null,
            };
            if (kind is QuantityKind k) qualifiers[e.Phrase] = k;
            else problems.Add(LexiconFile.Bad(file.Name, e.Line, $"qualifier '{e.Phrase}' has unknown kind '{e.Value}' (more-than, at-least, up-to, nearly, approximately)"));
        }
        Qualifiers = qualifiers.ToFrozenDictionary(StringComparer.Ordinal);
        RangeJoiners = file.OfKind("range-joiner").Select(e => e.Phrase).ToFrozenSet(StringComparer.Ordinal);
        NotNouns = file.OfKind("not-noun").Select(e => e.Phrase).ToFrozenSet(StringComparer.Ordinal);
        WordValues = Units.Concat(Tens).Concat(Scales).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lexicon shipped with Sitrep, loaded and validated once.</summary>
    public static NumberLexicon Default => DefaultLazy.Value;

    public FrozenDictionary<string, long> Units { get; }
    public FrozenDictionary<string, long> Tens { get; }
    public FrozenDictionary<string, long> Scales { get; }
    public FrozenDictionary<string, long> ArticleNumbers { get; }
    public FrozenDictionary<string, long> Vague { get; }
    public FrozenDictionary<string, QuantityKind> Qualifiers { get; }
    public FrozenSet<string> RangeJoiners { get; }
    public FrozenSet<string> NotNouns { get; }

    /// <summary>Every single number word (units, tens, scales) with its value.</summary>
    public FrozenDictionary<string, long> WordValues { get; }

    public static LexiconLoad<NumberLexicon> Load(string name, string content)
    {
        LexiconParseResult parsed = LexiconFile.Parse(name, content, Kinds);
        if (parsed.Lexicon is null) return new(null, parsed.Problems);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var lexicon = new NumberLexicon(parsed.Lexicon, problems);
        return problems.Count == 0 ? new(lexicon, []) : new(null, problems.ToImmutable());
    }

    public static NumberLexicon LoadOrThrow(string name, string content) => Load(name, content).OrThrow();

    private static FrozenDictionary<string, long> Numbers(LexiconFile file, string kind, ImmutableArray<Problem>.Builder problems, long min, long max)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (LexiconEntry e in file.OfKind(kind))
        {
            if (long.TryParse(e.Value, NumberStyles.None, CultureInfo.InvariantCulture, out long v) && v >= min && v <= max)
                result[e.Phrase] = v;
            else
                problems.Add(LexiconFile.Bad(file.Name, e.Line, $"{kind} '{e.Phrase}' needs a whole number in [{min}, {max}], found '{e.Value}'"));
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
