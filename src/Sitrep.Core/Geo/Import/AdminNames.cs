using Sitrep.Errors;

namespace Sitrep.Geo.Import;

/// <summary>Admin1 and admin2 names by GeoNames code ("NG.05", "NG.05.123"), for the admin columns of places.</summary>
internal sealed class AdminNames
{
    private readonly Dictionary<string, string> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _admin2 = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fromCodesFile = new(StringComparer.Ordinal);

    /// <summary>Reads admin1CodesASCII.txt: code, name, ascii name, geonameid.</summary>
    public void ReadAdmin1Codes(string path, ImportProblems problems)
    {
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            string[] f = line.Split('\t');
            if (f.Length < 2 || f[0].IndexOf('.') <= 0 || GeoNamesLine.Clean(f[1]).Length == 0)
            {
                problems.BadLine(path, lineNumber, "expected an admin1 code (CC.X) and a name");
                continue;
            }
            _admin1[f[0]] = GeoNamesLine.Clean(f[1]);
            _fromCodesFile.Add(f[0]);
        }
    }

    /// <summary>Takes the name of an ADM1 or ADM2 line of the main table (the codes file wins for admin1).</summary>
    public void Observe(GeoNamesLine line)
    {
        if (line.FeatureClass != 'A' || line.Admin1Code.Length == 0) return;
        string admin1 = line.CountryCode + "." + line.Admin1Code;
        if (line.FeatureCode == "ADM1" && !_fromCodesFile.Contains(admin1)) _admin1[admin1] = line.Name;
        else if (line.FeatureCode == "ADM2" && line.Admin2Code.Length > 0) _admin2[admin1 + "." + line.Admin2Code] = line.Name;
    }

    public string Admin1Of(GeoNamesLine line) =>
        line.Admin1Code.Length == 0 ? "" : _admin1.GetValueOrDefault(line.CountryCode + "." + line.Admin1Code, "");

    public string Admin2Of(GeoNamesLine line) =>
        line.Admin1Code.Length == 0 || line.Admin2Code.Length == 0 ? ""
            : _admin2.GetValueOrDefault(line.CountryCode + "." + line.Admin1Code + "." + line.Admin2Code, "");
}
