using System.Globalization;

namespace Sitrep.Geo.Import;

/// <summary>
/// Alternate names by geonameid from alternateNamesV2.txt (alternateNameId, geonameid, isolanguage,
/// name, flags...), only for the places being imported. Codes, links and postcodes are left out:
/// they are not names a reporter writes.
/// </summary>
internal sealed class AlternateNameTable
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "fr_1793", "phon", "piny",
    };

    private readonly Dictionary<long, List<string>> _names = [];

    public static AlternateNameTable Read(string path, HashSet<long> wanted, ImportProblems problems, CancellationToken cancellationToken)
    {
        var table = new AlternateNameTable();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if ((lineNumber & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (line.Length == 0) continue;
            string[] f = line.Split('\t');
            if (f.Length < 4 || !long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            {
                problems.BadLine(path, lineNumber, "expected alternateNameId, geonameid, isolanguage and a name");
                continue;
            }
            if (!wanted.Contains(id) || NotNames.Contains(f[2])) continue;
            string name = GeoNamesLine.Clean(f[3]);
            if (name.Length == 0) continue;
            if (!table._names.TryGetValue(id, out List<string>? list)) table._names[id] = list = new List<string>(2);
            list.Add(name);
        }
        return table;
    }

    public IReadOnlyList<string> NamesOf(long id) => _names.TryGetValue(id, out List<string>? list) ? list : [];
}
