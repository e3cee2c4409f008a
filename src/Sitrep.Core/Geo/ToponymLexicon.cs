using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Geo;

/// <summary>The word lists of toponym recognition, from data/gazetteer/toponym-words.tsv (see its header).</summary>
public sealed class ToponymLexicon
{
    private static readonly string[] Lists =
        ["connector", "not-place", "org-head", "org-prefix", "title", "feature-head", "near-cue", "exact-cue", "admin1-cue", "admin2-cue", "admin1-suffix", "admin2-suffix"];

    private readonly FrozenDictionary<string, FrozenSet<string>> _lists;
    private readonly FrozenDictionary<string, ImmutableArray<CuePhrase>> _cuesByLastWord;

    private ToponymLexicon(FrozenDictionary<string, FrozenSet<string>> lists, RegionAbbreviations abbreviations)
    {
        _lists = lists;
        Abbreviations = abbreviations;
        // Longest first, so "the village of" is tried before "of"-less shorter cues.
        Cues = [.. lists.Where(l => l.Key.EndsWith("-cue", StringComparison.Ordinal))
            .SelectMany(l => l.Value.Select(p => new CuePhrase(p, l.Key[..^4])))
            .OrderByDescending(c => c.Phrase.Length).ThenBy(c => c.Phrase, StringComparer.Ordinal)];
        _cuesByLastWord = Cues.GroupBy(c => c.Phrase[(c.Phrase.LastIndexOf(' ') + 1)..])
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        Suffixes = [.. lists.Where(l => l.Key.EndsWith("-suffix", StringComparison.Ordinal))
            .SelectMany(l => l.Value.Select(p => new CuePhrase(p, l.Key[..^7])))
            .OrderByDescending(c => c.Phrase.Length)];
    }

    public static ToponymLexicon Empty { get; } = new(Lists.ToFrozenDictionary(l => l, _ => FrozenSet<string>.Empty), RegionAbbreviations.Empty);

    /// <summary>State and province abbreviations for "Belgrade, Minn.", from region-abbreviations.tsv beside the word lists.</summary>
    public RegionAbbreviations Abbreviations { get; }

    /// <summary>Cue phrases (normalised) with their kind: near, exact, admin1 or admin2.</summary>
    public ImmutableArray<CuePhrase> Cues { get; }

    /// <summary>Words after a name that make it an admin area, with their kind: admin1 or admin2.</summary>
    public ImmutableArray<CuePhrase> Suffixes { get; }

    /// <summary>The cues whose last word is <paramref name="normalizedWord"/>, longest first.</summary>
    public ImmutableArray<CuePhrase> CuesEndingWith(string normalizedWord) =>
        _cuesByLastWord.TryGetValue(normalizedWord, out var cues) ? cues : [];

    /// <summary>Like <see cref="CuesEndingWith(string)"/> for a word in a buffer.</summary>
    public ImmutableArray<CuePhrase> CuesEndingWith(ReadOnlySpan<char> normalizedWord) =>
        _cuesByLastWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(normalizedWord, out var cues) ? cues : [];

    public bool IsConnector(string normalizedWord) => _lists["connector"].Contains(normalizedWord);

    /// <summary>Like <see cref="IsConnector(string)"/> for a word in a buffer.</summary>
    public bool IsConnector(ReadOnlySpan<char> normalizedWord) => _lists["connector"].GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalizedWord);
    public bool IsNotPlace(string normalizedText) => _lists["not-place"].Contains(normalizedText);

    /// <summary>Like <see cref="IsNotPlace(string)"/> for a key in a buffer, without making a string of it.</summary>
    public bool IsNotPlace(ReadOnlySpan<char> normalizedText) => _lists["not-place"].GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalizedText);
    public bool IsOrgHead(string normalizedWord) => _lists["org-head"].Contains(normalizedWord);
    public bool IsFeatureHead(string normalizedWord) => _lists["feature-head"].Contains(normalizedWord);
    public bool IsOrgPrefix(string normalizedWord) => _lists["org-prefix"].Contains(normalizedWord);
    public bool IsTitle(string normalizedWord) => _lists["title"].Contains(normalizedWord);

    public static ToponymLexicon Load(string path, List<Problem> problems)
    {
        var lists = Lists.ToDictionary(l => l, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (TsvRow row in TsvDataFile.Read(path, "toponym-words", ["list", "phrase"], problems))
        {
            string phrase = NameNormalizer.Normalize(row.Fields[1]);
            if (!lists.TryGetValue(row.Fields[0], out HashSet<string>? list))
                problems.Add(TsvDataFile.Bad(path, row.Line, $"unknown list '{row.Fields[0]}' (expected one of {string.Join(", ", Lists)})"));
            else if (phrase.Length == 0)
                problems.Add(TsvDataFile.Bad(path, row.Line, "empty phrase"));
            else
                list.Add(phrase);
        }
        RegionAbbreviations abbreviations = RegionAbbreviations.Load(
            Path.Combine(Path.GetDirectoryName(path) ?? ".", RegionAbbreviations.FileName), problems);
        return new ToponymLexicon(lists.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenSet(StringComparer.Ordinal)), abbreviations);
    }
}

/// <summary>A normalised phrase and what it signals (near, exact, admin1, admin2).</summary>
public sealed record CuePhrase(string Phrase, string Kind);
