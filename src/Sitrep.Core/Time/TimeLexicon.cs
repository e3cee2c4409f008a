using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Errors;
using Sitrep.Lexicons;

namespace Sitrep.Time;

/// <summary>The month, weekday, season and unit names and the tense cues of data/lexicons/time.en.tsv, validated at load.</summary>
public sealed class TimeLexicon
{
    public const string FileName = "time.en.tsv";

    private static readonly FrozenSet<string> Kinds = new[]
    {
        "month", "weekday", "season", "part-of-day", "unit", "ordinal", "ref", "set-adverb",
        "past-cue", "future-cue", "not-cue", "count-noun", "count-qualifier",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Seasons = new[] { "SP", "SU", "FA", "WI" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> PartsOfDay = new[] { "MO", "AF", "EV", "NI" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Units = new[] { "Y", "M", "W", "D", "H", "MIN", "S", "DE" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> RefValues = new[] { "PRESENT_REF", "PAST_REF", "FUTURE_REF" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<TimeLexicon> DefaultLazy = new(() => Load(FileName, LexiconFile.ReadEmbedded(FileName)).OrThrow());

    private TimeLexicon(LexiconFile file, ImmutableArray<Problem>.Builder problems)
    {
        Months = Ints(file, "month", 1, 12, problems);
        Weekdays = Ints(file, "weekday", 1, 7, problems);
        Ordinals = Ints(file, "ordinal", 1, 31, problems);
        SeasonCodes = Codes(file, "season", Seasons, problems);
        PartOfDay = Codes(file, "part-of-day", PartsOfDay, problems);
        UnitCodes = Codes(file, "unit", Units, problems);
        Refs = Codes(file, "ref", RefValues, problems);
        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (LexiconEntry e in file.OfKind("set-adverb"))
        {
            if (e.Value.Length >= 3 && e.Value[0] == 'P') sets[e.Phrase] = e.Value;
            else problems.Add(LexiconFile.Bad(file.Name, e.Line, $"set-adverb '{e.Phrase}' needs a TIMEX3 period such as P1D, found '{e.Value}'"));
        }
        SetAdverbs = sets.ToFrozenDictionary(StringComparer.Ordinal);
        PastCues = Words(file, "past-cue");
        FutureCues = Words(file, "future-cue");
        NotCues = Words(file, "not-cue");
        CountNouns = Words(file, "count-noun");
        CountQualifiers = Words(file, "count-qualifier");
    }

    public static TimeLexicon Default => DefaultLazy.Value;

    public FrozenDictionary<string, int> Months { get; }
    public FrozenDictionary<string, int> Weekdays { get; }
    public FrozenDictionary<string, int> Ordinals { get; }
    public FrozenDictionary<string, string> SeasonCodes { get; }
    public FrozenDictionary<string, string> PartOfDay { get; }
    public FrozenDictionary<string, string> UnitCodes { get; }
    public FrozenDictionary<string, string> Refs { get; }
    public FrozenDictionary<string, string> SetAdverbs { get; }
    public FrozenSet<string> PastCues { get; }
    public FrozenSet<string> FutureCues { get; }

    /// <summary>Phrases that begin with a cue word but mark no tense ("next to").</summary>
    public FrozenSet<string> NotCues { get; }
    public FrozenSet<string> CountNouns { get; }
    public FrozenSet<string> CountQualifiers { get; }

    public static LexiconLoad<TimeLexicon> Load(string name, string content)
    {
        LexiconParseResult parsed = LexiconFile.Parse(name, content, Kinds);
        if (parsed.Lexicon is null) return new(null, parsed.Problems);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var lexicon = new TimeLexicon(parsed.Lexicon, problems);
        return problems.Count == 0 ? new(lexicon, []) : new(null, problems.ToImmutable());
    }

    private static FrozenDictionary<string, int> Ints(LexiconFile file, string kind, int min, int max, ImmutableArray<Problem>.Builder problems)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (LexiconEntry e in file.OfKind(kind))
        {
            if (int.TryParse(e.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= min && v <= max) result[e.Phrase] = v;
            else problems.Add(LexiconFile.Bad(file.Name, e.Line, $"{kind} '{e.Phrase}' needs a number in [{min}, {max}], found '{e.Value}'"));
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> Codes(LexiconFile file, string kind, FrozenSet<string> allowed, ImmutableArray<Problem>.Builder problems)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (LexiconEntry e in file.OfKind(kind))
        {
            if (allowed.Contains(e.Value)) result[e.Phrase] = e.Value;
            else problems.Add(LexiconFile.Bad(file.Name, e.Line, $"{kind} '{e.Phrase}' needs one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))}, found '{e.Value}'"));
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Words(LexiconFile file, string kind) =>
        file.OfKind(kind).Select(e => e.Phrase).ToFrozenSet(StringComparer.Ordinal);
}
