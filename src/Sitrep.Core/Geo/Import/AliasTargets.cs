namespace Sitrep.Geo.Import;

/// <summary>
/// The bundled aliases.tsv, kept for an imported gazetteer. A line naming an existing place
/// (no coordinates) is kept only when the import wrote that place, since the loader rejects
/// aliases whose target is missing and a country extract lacks most of them.
/// </summary>
internal sealed class AliasTargets
{
    private readonly List<string> _lines;
    private readonly Dictionary<string, bool> _seen = new(StringComparer.Ordinal);

    private AliasTargets(List<string> lines)
    {
        _lines = lines;
        foreach (string line in lines)
        {
            if (Target(line) is string key) _seen[key] = false;
        }
    }

    public static AliasTargets Read(string path) => new(File.Exists(path) ? [.. File.ReadLines(path)] : []);

    /// <summary>Notes that the import wrote a place of this name, country and kind.</summary>
    public void Saw(string name, string iso3, PlaceKind kind)
    {
        if (_seen.Count == 0) return;
        string key = Key(NameNormalizer.Normalize(name), iso3, Kind(kind));
        if (_seen.ContainsKey(key)) _seen[key] = true;
    }

    public void WriteKept(string path)
    {
        IEnumerable<string> kept = _lines.Where(l => Target(l) is not string key || _seen[key]);
        File.WriteAllLines(path, _lines.Count > 0 ? kept : ["# sitrep-gazetteer aliases v1", "alias\tname\tiso3\tkind\tlat\tlon\tadmin1\tnote"]);
    }

    // Data lines with empty lat and lon point at existing places; the header, comments and column line do not.
    private static string? Target(string line)
    {
        if (line.Length == 0 || line[0] == '#') return null;
        string[] f = line.Split('\t');
        if (f.Length < 6 || f[0] == "alias" || f[4].Length > 0 || f[5].Length > 0) return null;
        // Country targets are not places the import writes; countries.tsv still holds them.
        return f[3] == "country" ? null : Key(NameNormalizer.Normalize(f[1]), f[2], f[3]);
    }

    private static string Key(string name, string iso3, string kind) => $"{name}\t{iso3}\t{kind}";

    private static string Kind(PlaceKind kind) => kind switch { PlaceKind.Admin1 => "admin1", PlaceKind.Admin2 => "admin2", _ => "city" };
}
