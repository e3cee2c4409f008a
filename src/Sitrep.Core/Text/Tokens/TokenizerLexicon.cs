using System.Collections.Frozen;
using Sitrep.Errors;

namespace Sitrep.Text.Tokens;

/// <summary>
/// The word lists the tokenizer and sentence splitter need: abbreviations that keep their final
/// period, titles that never end a sentence, and prefixes that stay joined to a hyphenated word
/// ("co-workers", "e-mail") where UD EWT otherwise splits at the hyphen. Loaded once from a
/// versioned text file; a bad line is reported with its number.
/// </summary>
public sealed class TokenizerLexicon
{
    public const string Header = "sitrep-tokenizer-lexicon 1";

    private TokenizerLexicon(IReadOnlyDictionary<string, HashSet<string>> sections, FrozenDictionary<string, int> splits)
    {
        var abbreviations = new HashSet<string>(sections["abbreviations"]);
        abbreviations.UnionWith(sections["titles"]);
        Abbreviations = abbreviations.ToFrozenSet(StringComparer.Ordinal);
        Titles = sections["titles"].ToFrozenSet(StringComparer.Ordinal);
        HyphenPrefixes = sections["hyphen-prefixes"].ToFrozenSet(StringComparer.Ordinal);
        WholeWords = sections["whole-words"].ToFrozenSet(StringComparer.Ordinal);
        SentenceStarters = sections["sentence-starters"].ToFrozenSet(StringComparer.Ordinal);
        Closings = sections["closings"].ToFrozenSet(StringComparer.Ordinal);
        Splits = splits;
    }

    /// <summary>Lower-cased words that keep their final period ("etc.", "sept.").</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Lower-cased abbreviations that precede a name and so never end a sentence ("gen.", "mr.").</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Lower-cased prefixes that stay attached across a hyphen.</summary>
    public FrozenSet<string> HyphenPrefixes { get; }

    /// <summary>Lower-cased hyphenated words kept whole.</summary>
    public FrozenSet<string> WholeWords { get; }

    /// <summary>Lower-cased words that begin a new sentence after an abbreviation ("the", "he").</summary>
    public FrozenSet<string> SentenceStarters { get; }

    /// <summary>Lower-cased letter closings and greetings that form a sentence with their comma ("thanks", "regards").</summary>
    public FrozenSet<string> Closings { get; }

    /// <summary>Lower-cased words UD splits into two without an apostrophe, with the split offset ("cannot" → 3).</summary>
    public FrozenDictionary<string, int> Splits { get; }

    public static LexiconLoadResult<TokenizerLexicon> Load(string path)
    {
        if (!File.Exists(path))
            return LexiconLoadResult<TokenizerLexicon>.Failed(new Problem(ErrorCodes.DataFileMissing, path, "tokenizer lexicon not found"));
        return Parse(File.ReadAllLines(path), path);
    }

    public static LexiconLoadResult<TokenizerLexicon> Parse(IReadOnlyList<string> lines, string subject)
    {
        if (lines.Count == 0 || lines[0].Trim() != Header)
            return LexiconLoadResult<TokenizerLexicon>.Failed(new Problem(ErrorCodes.MalformedDataFile, subject, $"first line must be '{Header}'") { Line = 1 });
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["abbreviations"] = [], ["titles"] = [], ["hyphen-prefixes"] = [], ["whole-words"] = [], ["sentence-starters"] = [], ["splits"] = [], ["closings"] = [],
        };
        var splits = new Dictionary<string, int>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        for (int i = 1; i < lines.Count; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[')
            {
                string name = line.Trim('[', ']');
                if (!sections.TryGetValue(name, out current))
                    return LexiconLoadResult<TokenizerLexicon>.Failed(new Problem(ErrorCodes.MalformedDataFile, subject, $"unknown section '{name}'") { Line = i + 1 });
                continue;
            }
            if (current is null)
                return LexiconLoadResult<TokenizerLexicon>.Failed(new Problem(ErrorCodes.MalformedDataFile, subject, "entry before any [section]") { Line = i + 1 });
            if (line.Any(char.IsWhiteSpace))
                return LexiconLoadResult<TokenizerLexicon>.Failed(new Problem(ErrorCodes.MalformedDataFile, subject, $"entry '{line}' contains whitespace") { Line = i + 1 });
            string entry = line.ToLowerInvariant();
            if (ReferenceEquals(current, sections["splits"]))
            {
                int bar = entry.IndexOf('|');
                if (bar <= 0 || bar == entry.Length - 1 || entry.IndexOf('|', bar + 1) >= 0)
                    return LexiconLoadResult<TokenizerLexicon>.Failed(new Problem(ErrorCodes.MalformedDataFile, subject, $"split '{line}' must look like 'can|not'") { Line = i + 1 });
                splits[entry.Replace("|", "", StringComparison.Ordinal)] = bar;
                continue;
            }
            current.Add(entry);
        }
        return LexiconLoadResult<TokenizerLexicon>.Ok(new TokenizerLexicon(sections, splits.ToFrozenDictionary(StringComparer.Ordinal)));
    }
}

/// <summary>A loaded lexicon or model, or the problem that prevented loading it.</summary>
public sealed record LexiconLoadResult<T>(T? Value, Problem? Problem) where T : class
{
    public bool Succeeded => Value is not null;
    public static LexiconLoadResult<T> Ok(T value) => new(value, null);
    public static LexiconLoadResult<T> Failed(Problem problem) => new(null, problem);
}
