using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Errors;
using Sitrep.Lexicons;

namespace Sitrep.Events.Extraction;

/// <summary>
/// The event trigger lexicon (data/lexicons/event-triggers.tsv): phrases that state an event, each
/// with its ACLED sub-type, PLOVER type and mode, and priority. Validated at load; a bad line is named.
/// </summary>
public sealed class TriggerLexicon
{
    public const string FileName = "event-triggers.tsv";

    private static readonly ImmutableHashSet<string> PloverTypes =
        ["AGREE", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "THREATEN", "SANCTION", "CONCEDE", "AID", "SUPPORT", "COOPERATE"];

    private static readonly Lazy<TriggerLexicon> DefaultLazy = new(() => Load(FileName, LexiconFile.ReadEmbedded(FileName)).OrThrow());

    private readonly ImmutableDictionary<string, TriggerEntry> _byPhrase;

    private TriggerLexicon(ImmutableArray<TriggerEntry> entries)
    {
        Entries = entries;
        _byPhrase = entries.ToImmutableDictionary(e => e.Phrase, StringComparer.Ordinal);
        Phrases = new WordBoundedPhrases(entries.Select(e => e.Phrase));
    }

    /// <summary>The lexicon shipped with Sitrep.</summary>
    public static TriggerLexicon Default => DefaultLazy.Value;

    public ImmutableArray<TriggerEntry> Entries { get; }

    /// <summary>Matches any trigger phrase on word boundaries, case-insensitively.</summary>
    public Regex Pattern => Phrases.Pattern;

    /// <summary>The trigger phrases, scanned faster than <see cref="Pattern"/> with the same matches.</summary>
    public WordBoundedPhrases Phrases { get; }

    /// <summary>The entry for a matched text (any case, any inner whitespace), or null.</summary>
    public TriggerEntry? Find(ReadOnlySpan<char> matched) => _byPhrase.GetValueOrDefault(RegexWords.Normalise(matched));

    public static LexiconLoad<TriggerLexicon> Load(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        var entries = ImmutableArray.CreateBuilder<TriggerEntry>();
        var problems = new List<Problem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string[] lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string? error = ParseLine(line, i + 1, out TriggerEntry? entry);
            if (error is null && !seen.Add(entry!.Phrase)) error = $"duplicate trigger '{entry.Phrase}'";
            if (error is not null) problems.Add(LexiconFile.Bad(name, i + 1, error));
            else entries.Add(entry!);
        }
        if (problems.Count == 0 && entries.Count == 0) problems.Add(new Problem(ErrorCodes.MalformedDataFile, name, "the trigger lexicon holds no triggers"));
        return new LexiconLoad<TriggerLexicon>(problems.Count == 0 ? new TriggerLexicon(entries.ToImmutable()) : null, [.. problems]);
    }

    private static string? ParseLine(string line, int lineNumber, out TriggerEntry? entry)
    {
        entry = null;
        string[] cells = line.Split('\t');
        if (cells.Length != 5) return $"expected 5 tab-separated columns (phrase, sub_event_type, plover_type, plover_mode, priority), found {cells.Length}";
        string phrase = RegexWords.Normalise(cells[0]);
        string sub = cells[1].Trim(), plover = cells[2].Trim(), mode = cells[3].Trim();
        if (phrase.Length == 0 || phrase != cells[0].Trim()) return $"phrase '{cells[0]}' must be non-empty lower case with single spaces";
        if (sub != TriggerEntry.TargetDependent && AcledTypology.EventTypeOf(sub) is null)
            return $"'{sub}' is not an ACLED sub-event type (nor {TriggerEntry.TargetDependent})";
        if (!PloverTypes.Contains(plover)) return $"'{plover}' is not a PLOVER event type";
        if (mode.Length == 0) return "empty PLOVER mode (write '-' for none)";
        if (!int.TryParse(cells[4].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int priority) || priority > 9)
            return $"priority '{cells[4]}' must be an integer from 0 to 9";
        entry = new TriggerEntry(phrase, sub, plover, mode == "-" ? null : mode, priority, lineNumber);
        return null;
    }
}
