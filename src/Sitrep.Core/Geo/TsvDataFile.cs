using System.Runtime.CompilerServices;
using Sitrep.Errors;

namespace Sitrep.Geo;

/// <summary>One data line of a small TSV data file, with its 1-based line number for error messages.</summary>
public readonly record struct TsvRow(int Line, string[] Fields);

/// <summary>A data line as spans into the file's text, for large files where a string per field would dominate the load.</summary>
public readonly ref struct TsvFields(int line, ReadOnlySpan<char> text, ReadOnlySpan<Range> ranges)
{
    private readonly ReadOnlySpan<char> _text = text;
    private readonly ReadOnlySpan<Range> _ranges = ranges;

    public int Line { get; } = line;
    public int Count => _ranges.Length;
    public ReadOnlySpan<char> this[int field] => _text[_ranges[field]];
    public string String(int field) => this[field].ToString();
}

public delegate void TsvLineHandler(in TsvFields line);

/// <summary>
/// Reads Sitrep's versioned TSV data files: a first line <c># sitrep-gazetteer KIND vN</c>, then
/// comment lines starting with '#', a column header line, and data lines with a fixed number of
/// tab-separated fields. Every deviation becomes a <see cref="Problem"/> naming the file and line.
/// </summary>
public static class TsvDataFile
{
    public const string Version = "v1";
    private const int MaxProblems = 20;

    public static List<TsvRow> Read(string path, string kind, IReadOnlyList<string> columns, List<Problem> problems)
    {
        var rows = new List<TsvRow>();
        ForEachLine(path, kind, columns, problems, (in TsvFields line) =>
        {
            var fields = new string[line.Count];
            for (int i = 0; i < fields.Length; i++) fields[i] = line.String(i);
            rows.Add(new TsvRow(line.Line, fields));
        });
        return rows;
    }

    /// <summary>Calls <paramref name="handle"/> for each well-formed data line; stops after 20 problems.</summary>
    // Loading runs each loop once, so tier-0 code would make the load several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ForEachLine(string path, string kind, IReadOnlyList<string> columns, List<Problem> problems, TsvLineHandler handle)
    {
        if (!File.Exists(path))
        {
            problems.Add(new Problem(ErrorCodes.DataFileMissing, path, $"the {kind} file is missing; run scripts/build-gazetteer.sh"));
            return;
        }
        string expectedHeader = $"# sitrep-gazetteer {kind} {Version}";
        string expectedColumns = string.Join('\t', columns);
        // One string for the whole file: the data files are at most tens of megabytes, and a
        // string per line would triple the garbage the load leaves behind.
        string text = File.ReadAllText(path);
        Span<Range> ranges = stackalloc Range[columns.Count + 1];
        int lineNumber = 0;
        bool sawColumns = false;
        int position = 0;
        while (position < text.Length)
        {
            int newline = text.IndexOf('\n', position);
            int end = newline < 0 ? text.Length : newline;
            ReadOnlySpan<char> line = text.AsSpan(position, end - position).TrimEnd('\r');
            position = end + 1;
            lineNumber++;
            if (lineNumber == 1)
            {
                if (!line.SequenceEqual(expectedHeader))
                {
                    problems.Add(Bad(path, 1, $"expected the header '{expectedHeader}' but found '{Clip(line)}'"));
                    return;
                }
                continue;
            }
            if (line.IsEmpty || line[0] == '#') continue;
            if (!sawColumns)
            {
                if (!line.SequenceEqual(expectedColumns))
                {
                    problems.Add(Bad(path, lineNumber, $"expected the column line '{expectedColumns.Replace('\t', ',')}' but found '{Clip(line)}'"));
                    return;
                }
                sawColumns = true;
                continue;
            }
            int count = SplitTabs(line, ranges);
            if (count != columns.Count)
            {
                problems.Add(Bad(path, lineNumber, $"expected {columns.Count} tab-separated fields but found {(count > columns.Count ? "more" : count)}"));
            }
            else
            {
                handle(new TsvFields(lineNumber, line, ranges[..count]));
            }
            if (problems.Count >= MaxProblems) return;
        }
        if (!sawColumns) problems.Add(Bad(path, lineNumber, "the file has no header and column line"));
    }

    /// <summary>Fills <paramref name="ranges"/> with the tab-separated fields; returns how many (ranges.Length + 1 means too many).</summary>
    private static int SplitTabs(ReadOnlySpan<char> line, Span<Range> ranges)
    {
        int count = 0, start = 0;
        while (true)
        {
            int tab = line[start..].IndexOf('\t');
            int end = tab < 0 ? line.Length : start + tab;
            if (count == ranges.Length) return count + 1;
            ranges[count++] = new Range(start, end);
            if (tab < 0) return count;
            start = end + 1;
        }
    }

    public static Problem Bad(string path, int line, string message) =>
        new(ErrorCodes.MalformedDataFile, path, message) { Line = line };

    private static string Clip(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : text[..60].ToString() + "...";
}
