using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Lexicons;

namespace Sitrep.Events.Extraction;

/// <summary>The kinds of cue word in data/lexicons/event-cues.tsv.</summary>
public enum CueKind
{
    Negation,
    Hypothetical,
    Habitual,
    Background,
    Aggregate,
    Fatality,
    Injury,
    Passive,
    Agent,
    Target,
    Responsibility,
    Attribution,
    Intervention,
    NotAnEvent,
    Denial,
    Anaphora,
    MilitaryTarget,
    Destination,
    Settlement,
    Direction,
    Separate,
    Installation,
    Reaction,
    Instance,
    WorkRole,
    NotWorkplace,
    Lasting,
    LastingQualifier,
    Title,
    SourceNoun,
    BodyNoun,
    Bearing,
    DistanceUnit,
    PastPerfect,
    Reporting,
    Blame,
    AirWeapon,
    ArtilleryWeapon,
    StrikeVerb,
    Victims,
    DeedDenial,
    Speaker,
    NoDeaths,
    TollUpdate,
    Accident,
    SingleKill,
    Collective,
    RiotDeed,
    Crowd,
    Seizure,
    Origin,
    Recount,
    Resistance,
    Compound,
    PresentPerfect,
    Raid,
}

/// <summary>
/// Cue words that qualify a trigger (negation, hypothetical, background, aggregate), make a number a
/// death toll, or mark roles and claims. Loaded from a validated lexicon; each kind is one compiled pattern.
/// </summary>
public sealed class EventCues
{
    public const string FileName = "event-cues.tsv";

    private static readonly Lazy<EventCues> DefaultLazy = new(() => Load(FileName, LexiconFile.ReadEmbedded(FileName)).OrThrow());

    private static readonly ImmutableDictionary<string, CueKind> KindNames =
        Enum.GetValues<CueKind>().ToImmutableDictionary(k => k.ToString().ToLowerInvariant(), k => k, StringComparer.Ordinal);

    // Indexed by kind: every trigger asks several kinds about a few words around it.
    private readonly WordBoundedPhrases[] _patterns;

    private readonly Regex _settlement;

    // Indexed by kind: the phrases themselves, for rules that look a word up or build a pattern of their own.
    private readonly ImmutableArray<string>[] _phrases;

    // The kinds whose phrases carry a number: a compass word's bearing in degrees, a unit's length in kilometres.
    private static readonly CueKind[] MeasuredKinds = [CueKind.Bearing, CueKind.DistanceUnit];

    private readonly ImmutableDictionary<string, double> _measures;

    private EventCues(WordBoundedPhrases[] patterns, ImmutableArray<string>[] phrases, Regex settlement, ImmutableDictionary<string, double> measures) =>
        (_patterns, _phrases, _settlement, _measures) = (patterns, phrases, settlement, measures);

    // A capitalised name of one to three words, not a determiner or pronoun ("The village", "Their town").
    private const string PlaceName = @"(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Every|Each|One|Another|Other|Nearby|Neighbouring|Neighboring)\b)\p{Lu}[\p{L}'’-]+(?:[ -](?:al|el|Al|El)?-?\p{Lu}[\p{L}'’-]+){0,2}";

    private static Regex SettlementPattern(string[] nouns)
    {
        string noun = nouns.Length == 0 ? "(?!)" : RegexWords.Alternation(nouns);
        // Case-sensitive on purpose: only a capitalised name counts as a place.
        return new Regex($@"(?:\b(?:{noun})\s+of\s+(?<after>{PlaceName}))|(?:(?<before>{PlaceName})\s+(?:{noun})\b)",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
    }

    public static EventCues Default => DefaultLazy.Value;

    public static LexiconLoad<EventCues> Load(string name, string content)
    {
        LexiconParseResult parsed = LexiconFile.Parse(name, content, KindNames.Keys.ToImmutableHashSet(StringComparer.Ordinal));
        if (parsed.Lexicon is not LexiconFile lexicon) return new LexiconLoad<EventCues>(null, parsed.Problems);
        var patterns = new WordBoundedPhrases[KindNames.Values.Max(k => (int)k) + 1];
        var phrases = new ImmutableArray<string>[patterns.Length];
        foreach ((string kindName, CueKind kind) in KindNames)
        {
            // A kind with no phrases matches nothing rather than failing the load: a lexicon may drop a cue class.
            phrases[(int)kind] = [.. lexicon.OfKind(kindName).Select(e => e.Phrase)];
            patterns[(int)kind] = new WordBoundedPhrases(phrases[(int)kind], apostropheIsWord: true);
        }
        var measures = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        foreach (CueKind kind in MeasuredKinds)
        {
            foreach (LexiconEntry e in lexicon.OfKind(kind.ToString().ToLowerInvariant()))
            {
                if (double.TryParse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && v >= 0)
                    measures[MeasureKey(kind, e.Phrase)] = v;
                else
                    problems.Add(LexiconFile.Bad(name, e.Line, $"{e.Kind} '{e.Phrase}' needs a non-negative number as its value, found '{e.Value}'"));
            }
        }
        if (problems.Count > 0) return new LexiconLoad<EventCues>(null, [.. problems]);
        return new LexiconLoad<EventCues>(new EventCues(patterns, phrases, SettlementPattern([.. phrases[(int)CueKind.Settlement]]), measures.ToImmutable()), []);
    }

    /// <summary>The first cue of the kind inside <paramref name="range"/> of <paramref name="text"/>, or null.</summary>
    public Span? First(CueKind kind, string text, Span range) => _patterns[(int)kind].First(text, range.Start, range.Length);

    /// <summary>The last cue of the kind inside the range, or null.</summary>
    public Span? Last(CueKind kind, string text, Span range)
    {
        Span? last = null;
        WordBoundedPhrases pattern = _patterns[(int)kind];
        for (Span? m = pattern.First(text, range.Start, range.Length); m is Span found; m = pattern.After(text, found, range.Start, range.Length))
            last = found;
        return last;
    }

    /// <summary>Every cue of the kind inside the range.</summary>
    public IEnumerable<Span> All(CueKind kind, string text, Span range)
    {
        WordBoundedPhrases pattern = _patterns[(int)kind];
        for (Span? m = pattern.First(text, range.Start, range.Length); m is Span found; m = pattern.After(text, found, range.Start, range.Length))
            yield return found;
    }

    /// <summary>
    /// Places named by a settlement noun ("the village of Nevske", "Kwamdi village") inside the
    /// range, in text order: the span of the name only.
    /// </summary>
    public IEnumerable<Span> NamedSettlements(string text, Span range)
    {
        for (Match m = _settlement.Match(text, range.Start, range.Length); m.Success; m = m.NextMatch())
        {
            Group name = m.Groups["before"].Success ? m.Groups["before"] : m.Groups["after"];
            yield return new Span(name.Index, name.Index + name.Length);
        }
    }

    /// <summary>The number a measured kind gives the phrase (bearing: degrees; distanceunit: kilometres), or null.</summary>
    public double? Measure(CueKind kind, string phrase) =>
        _measures.TryGetValue(MeasureKey(kind, RegexWords.Normalise(phrase)), out double v) ? v : null;

    private static string MeasureKey(CueKind kind, string phrase) => $"{(int)kind}:{phrase}";

    /// <summary>The phrases of one kind, as the lexicon lists them (lower case).</summary>
    public ImmutableArray<string> Phrases(CueKind kind) => _phrases[(int)kind];

    /// <summary>Whether <paramref name="word"/> is, ignoring case, one of the kind's phrases.</summary>
    public bool Lists(CueKind kind, string word) =>
        _phrases[(int)kind].Contains(word.ToLowerInvariant(), StringComparer.Ordinal);

    public bool Any(CueKind kind, string text, Span range) => range.Length > 0 && First(kind, text, range) is not null;
}
