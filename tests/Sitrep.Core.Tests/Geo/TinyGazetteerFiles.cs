namespace Sitrep.Tests.Geo;

/// <summary>Writes a small, valid gazetteer folder that tests can then damage one line at a time.</summary>
internal sealed class TinyGazetteerFiles : IDisposable
{
    public TinyGazetteerFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "sitrep-gaz-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Write("countries.tsv", "countries", "iso3\tiso2\tname\tlat\tlon\tcapital\talternate_names\tdemonyms",
            "MLI\tML\tMali\t17.0\t-4.0\tBamako\tRepublic of Mali\tMalian",
            "FRA\tFR\tFrance\t46.0\t2.0\tParis\tFrench Republic\tFrench");
        Write("places.tsv", "places", "id\tkind\tname\tascii_if_different\tiso3\tadmin1\tadmin2\tlat\tlon\tpopulation\tfcode",
            "gn:1\tcity\tNiafunké\tNiafunke\tMLI\tTombouctou\t\t15.93\t-3.99\t6901\tPPLA2",
            "gn:2\tcity\tParis\t\tFRA\tÎle-de-France\tParis\t48.85\t2.35\t2138551\tPPLC",
            "a1:ML.08\tadmin1\tTombouctou Region\t\tMLI\tTombouctou Region\t\t16.77\t-3.0\t50000\tADM1");
        Write("admin-affixes.tsv", "admin-affixes", "position\twords", "suffix\tregion");
        Write("aliases.tsv", "aliases", "alias\tname\tiso3\tkind\tlat\tlon\tadmin1\tnote",
            "Niafounké\tNiafunké\tMLI\tcity\t\t\t\tspelling",
            "Boulkessi\tBoulkessi\tMLI\tcity\t14.62\t-1.55\tMopti\tapproximate");
        Write("shapes.tsv", "shapes", "iso3\tname\twkt",
            "MLI\tMali\tPOLYGON((-12 10,4 10,4 25,-12 25,-12 10))",
            "FRA\tFrance\tMULTIPOLYGON(((-5 42,8 42,8 51,-5 51,-5 42)),((8.5 41.3,9.6 41.3,9.6 43,8.5 43,8.5 41.3)))");
    }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>Replaces 1-based line <paramref name="line"/> of a file.</summary>
    public void ReplaceLine(string file, int line, string text)
    {
        string[] lines = File.ReadAllLines(PathOf(file));
        lines[line - 1] = text;
        File.WriteAllLines(PathOf(file), lines);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private void Write(string file, string kind, string columns, params string[] rows) =>
        File.WriteAllText(PathOf(file), $"# sitrep-gazetteer {kind} v1\n# test fixture\n{columns}\n{string.Join('\n', rows)}\n");
}
