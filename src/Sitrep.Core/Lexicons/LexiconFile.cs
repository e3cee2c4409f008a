using System.Collections.Immutable;
using System.Reflection;
using Sitrep.Errors;

namespace Sitrep.Lexicons;

/// <summary>
/// A tab-separated word list under data/lexicons: <c>kind TAB phrase [TAB value]</c>, with
/// comments after '#'. Parsing checks the shape of every line and that each kind is one the
/// consumer knows; consumers check the values. Every problem names its file and line.
/// </summary>
public sealed class LexiconFile
{
    private LexiconFile(string name, ImmutableArray<LexiconEntry> entries)
    {
        Name = name;
        Entries = entries;
    }

    public string Name { get; }
    public ImmutableArray<LexiconEntry> Entries { get; }

    public IEnumerable<LexiconEntry> OfKind(string kind) => Entries.Where(e => e.Kind == kind);

    public static LexiconParseResult Parse(string name, string content, IReadOnlySet<string> knownKinds)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(knownKinds);
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        var problems = new List<Problem>();
        var seen = new HashSet<(string, string)>();
        string[] lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string[] cells = line.Split('\t');
            if (cells.Length is < 2 or > 3)
            {
                problems.Add(Bad(name, i + 1, $"expected 'kind<TAB>phrase[<TAB>value]', found {cells.Length} column(s)"));
                continue;
            }
            string kind = cells[0].Trim(), phrase = cells[1].Trim(), value = cells.Length == 3 ? cells[2].Trim() : "";
            if (!knownKinds.Contains(kind))
                problems.Add(Bad(name, i + 1, $"unknown kind '{kind}' (known: {string.Join(", ", knownKinds.Order(StringComparer.Ordinal))})"));
            else if (phrase.Length == 0 || phrase != phrase.ToLowerInvariant())
                problems.Add(Bad(name, i + 1, $"phrase '{phrase}' must be non-empty lower case"));
            else if (!seen.Add((kind, phrase)))
                problems.Add(Bad(name, i + 1, $"duplicate {kind} '{phrase}'"));
            else
                entries.Add(new LexiconEntry(kind, phrase, value, i + 1));
        }
        return new LexiconParseResult(problems.Count == 0 ? new LexiconFile(name, entries.ToImmutable()) : null, [.. problems]);
    }

    /// <summary>Reads a lexicon embedded from data/lexicons (e.g. "time.en.tsv").</summary>
    public static string ReadEmbedded(string fileName)
    {
        string resource = "Sitrep.Data.lexicons." + fileName;
        using Stream stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The build did not embed data/lexicons/{fileName} (resource '{resource}').");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Problem Bad(string name, int line, string message) =>
        new(ErrorCodes.MalformedDataFile, name, message) { Line = line };
}

/// <summary>The lexicon, or the problems that kept it from loading.</summary>
public sealed record LexiconParseResult(LexiconFile? Lexicon, ImmutableArray<Problem> Problems);

/// <summary>Thrown when a lexicon shipped with Sitrep itself is invalid: a bug in the data, not in the input.</summary>
public sealed class LexiconException(IReadOnlyList<Problem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
