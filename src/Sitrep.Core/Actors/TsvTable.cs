using Sitrep.Errors;

namespace Sitrep.Actors;

/// <summary>One data line of a TSV file, with its 1-based line number for error messages.</summary>
internal sealed record TsvRow(int Line, string[] Cells)
{
    public string this[int column] => column < Cells.Length ? Cells[column].Trim() : "";
}

/// <summary>
/// Reads Sitrep's TSV data files: '#' comment lines and blank lines are skipped, the first other
/// line is the header and must name the expected columns, and every row may have at most that
/// many cells. Problems are collected, each naming file and line.
/// </summary>
internal static class TsvTable
{
    public static IReadOnlyList<TsvRow> Read(string path, IReadOnlyList<string> columns, List<Problem> problems)
    {
        var rows = new List<TsvRow>();
        if (!File.Exists(path))
        {
            problems.Add(new Problem(ErrorCodes.DataFileMissing, path, "file not found"));
            return rows;
        }
        bool headerSeen = false;
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            string[] cells = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                if (!cells.Select(c => c.Trim()).SequenceEqual(columns))
                {
                    problems.Add(Invalid(path, lineNumber, $"header must be '{string.Join("<TAB>", columns)}'"));
                    return rows;
                }
                continue;
            }
            if (cells.Length > columns.Count)
            {
                problems.Add(Invalid(path, lineNumber, $"{cells.Length} cells, at most {columns.Count} expected ({string.Join(", ", columns)})"));
                continue;
            }
            rows.Add(new TsvRow(lineNumber, cells));
        }
        if (!headerSeen) problems.Add(Invalid(path, lineNumber, "no header line"));
        return rows;
    }

    public static Problem Invalid(string path, int line, string message) =>
        new(ErrorCodes.MalformedDataFile, path, message) { Line = line };

    /// <summary>Splits a " | "-separated list cell.</summary>
    public static IEnumerable<string> List(string cell) =>
        cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
