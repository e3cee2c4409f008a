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

    /// <summary>
    /// Calls <paramref name="handle"/> for each well-formed data line; stops after 20 problems. The
    /// last <paramref name="optionalColumns"/> columns may be absent from the file's column line
    /// (files written before those columns existed); data lines must then have as many fields as
    /// the column line, which the handler sees as <see cref="TsvFields.Count"/>.
    /// </summary>
    // Loading runs each loop once, so tier-0 code would make the load several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ForEachLine(string path, string kind, IReadOnlyList<string> columns, List<Problem> problems, TsvLineHandler handle, int optionalColumns = 0)
    {
        if (!File.Exists(path))
        {
            problems.Add(new Problem(ErrorCodes.DataFileMissing, path, $"the {kind} file is missing; run scripts/build-gazetteer.sh"));
            return;
        }
        string expectedHeader = $"# sitrep-gazetteer {kind} {Version}";
        string expectedColumns = string.Join('\t', columns);
        int fieldCount = columns.Count;
        Span<Range> ranges = stackalloc Range[columns.Count + 1];
        int lineNumber = 0;
        bool sawColumns = false;
        // Read in large blocks rather than line by line or whole: a string per line would triple
        // the load's garbage, and an imported GeoNames gazetteer can exceed the largest string.
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        char[] block = new char[1 << 20];
        int start = 0, filled = 0;
        bool endOfFile = false;
        while (true)
        {
            int newline = block.AsSpan(start, filled - start).IndexOf('\n');
            if (newline < 0)
            {
                if (!endOfFile)
                {
                    // Move the partial line to the front (growing the block for a very long line) and read on.
                    block.AsSpan(start, filled - start).CopyTo(block);
                    filled -= start;
                    start = 0;
                    if (filled == block.Length) Array.Resize(ref block, block.Length * 2);
                    int read = reader.ReadBlock(block, filled, block.Length - filled);
                    filled += read;
                    endOfFile = read == 0;
                    continue;
                }
                if (start == filled) break;
                newline = filled - start;
            }
            ReadOnlySpan<char> line = block.AsSpan(start, newline).TrimEnd('\r');
            lineNumber++;
            bool stop = false;
            if (lineNumber == 1)
            {
                if (!line.SequenceEqual(expectedHeader))
                {
                    problems.Add(Bad(path, 1, $"expected the header '{expectedHeader}' but found '{Clip(line)}'"));
                    return;
                }
            }
            else if (line.IsEmpty || line[0] == '#')
            {
            }
            else if (!sawColumns)
            {
                if (!line.SequenceEqual(expectedColumns) && !IsShorterColumnLine(line, columns, optionalColumns, out fieldCount))
                {
                    problems.Add(Bad(path, lineNumber, $"expected the column line '{expectedColumns.Replace('\t', ',')}' but found '{Clip(line)}'"));
                    return;
                }
                sawColumns = true;
            }
            else
            {
                int count = SplitTabs(line, ranges);
                if (count != fieldCount)
                    problems.Add(Bad(path, lineNumber, $"expected {fieldCount} tab-separated fields but found {(count > fieldCount ? "more" : count)}"));
                else
                    handle(new TsvFields(lineNumber, line, ranges[..count]));
                stop = problems.Count >= MaxProblems;
            }
            if (stop) return;
            start = Math.Min(filled, start + newline + 1);
        }
        if (!sawColumns) problems.Add(Bad(path, lineNumber, "the file has no header and column line"));
    }

    /// <summary>True when the column line is <paramref name="columns"/> without some of its optional last columns.</summary>
    private static bool IsShorterColumnLine(ReadOnlySpan<char> line, IReadOnlyList<string> columns, int optionalColumns, out int fieldCount)
    {
        fieldCount = columns.Count;
        for (int dropped = 1; dropped <= optionalColumns; dropped++)
        {
            if (line.SequenceEqual(string.Join('\t', columns.Take(columns.Count - dropped))))
            {
                fieldCount = columns.Count - dropped;
                return true;
            }
        }
        return false;
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
