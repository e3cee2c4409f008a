namespace Sitrep.Geo.Import;

/// <summary>Reads the lines of a GeoNames main table, reporting malformed ones (when given somewhere to) and skipping them.</summary>
internal sealed class GeoNamesReader(string path, ImportProblems? problems)
{
    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    public IEnumerable<GeoNamesLine> Lines(CancellationToken cancellationToken)
    {
        LineNumber = 0;
        foreach (string text in File.ReadLines(path))
        {
            LineNumber++;
            if ((LineNumber & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (text.Length == 0 || text[0] == '#') continue;
            GeoNamesLine? line = GeoNamesLine.Parse(text, out string? error);
            if (line is not null) yield return line;
            else problems?.BadLine(path, LineNumber, error ?? "malformed line");
        }
    }
}
