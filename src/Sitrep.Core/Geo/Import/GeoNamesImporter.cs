using System.Globalization;
using System.Text;
using Sitrep.Errors;
using Sitrep.Geo.Storage;

namespace Sitrep.Geo.Import;

/// <summary>
/// Builds a gazetteer folder from GeoNames dumps in the bundled gazetteer's format: populated
/// places (feature class P, less historical, abandoned and destroyed ones) and ADM1/ADM2 areas
/// become places.tsv with their alternate names; countries, shapes, word lists and the curated
/// aliases come from the bundled folder. Bad lines are reported with file and line and skipped.
/// </summary>
public static class GeoNamesImporter
{
    private static readonly HashSet<string> LeftOutCodes = new(StringComparer.Ordinal) { "PPLH", "PPLQ", "PPLW", "PPLCH" };
    private static readonly string[] CopiedFiles = ["countries.tsv", "shapes.tsv", "admin-affixes.tsv", "toponym-words.tsv", RegionAbbreviations.FileName];

    public static GeoNamesImportResult Import(GeoNamesImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new ImportProblems(request.MaxReportedProblems);
        foreach (string input in new[] { request.PlacesPath, request.AlternateNamesPath, request.Admin1CodesPath }.OfType<string>())
        {
            if (!File.Exists(input)) return Failed(new Problem(ErrorCodes.FileNotFound, input, "the GeoNames file does not exist"));
        }
        var templateProblems = new List<Problem>();
        List<TsvRow> countryRows = TsvDataFile.Read(Path.Combine(request.TemplateDirectory, "countries.tsv"), "countries",
            ["iso3", "iso2", "name", "lat", "lon", "capital", "alternate_names", "demonyms"], templateProblems);
        if (templateProblems.Count > 0) return new GeoNamesImportResult { Problems = [.. templateProblems] };
        Dictionary<string, string> iso3ByIso2 = countryRows.ToDictionary(r => r.Fields[1], r => r.Fields[0], StringComparer.Ordinal);

        var admins = new AdminNames();
        if (request.Admin1CodesPath is string admin1Path) admins.ReadAdmin1Codes(admin1Path, problems);
        // First pass: admin names (an ADM2 line may come after the towns in it) and the ids worth alternate names.
        var wanted = new HashSet<long>();
        foreach (GeoNamesLine line in new GeoNamesReader(request.PlacesPath, problems: null).Lines(cancellationToken))
        {
            admins.Observe(line);
            if (Keeps(line) && iso3ByIso2.ContainsKey(line.CountryCode)) wanted.Add(line.Id);
        }
        AlternateNameTable? alternates = request.AlternateNamesPath is string altPath
            ? AlternateNameTable.Read(altPath, wanted, problems, cancellationToken) : null;
        wanted.Clear();

        Directory.CreateDirectory(request.OutputDirectory);
        var aliasTargets = AliasTargets.Read(Path.Combine(request.TemplateDirectory, "aliases.tsv"));
        string placesPath = Path.Combine(request.OutputDirectory, "places.tsv");
        string temporary = placesPath + ".partial";
        var reader = new GeoNamesReader(request.PlacesPath, problems);
        int places = 0, areas = 0, skipped = 0;
        long names = 0;
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
        {
            writer.Write($"# sitrep-gazetteer places {TsvDataFile.Version}\n# imported by sitrep gazetteer import from {Path.GetFileName(request.PlacesPath)}" +
                (request.AlternateNamesPath is null ? "" : " and " + Path.GetFileName(request.AlternateNamesPath)) +
                " (GeoNames, CC BY 4.0)\nid\tkind\tname\tascii_if_different\tiso3\tadmin1\tadmin2\tlat\tlon\tpopulation\tfcode\talternate_names\n");
            foreach (GeoNamesLine line in reader.Lines(cancellationToken))
            {
                if (!Keeps(line))
                {
                    skipped++;
                    continue;
                }
                if (!iso3ByIso2.TryGetValue(line.CountryCode, out string? iso3))
                {
                    problems.BadLine(request.PlacesPath, reader.LineNumber, $"country code '{line.CountryCode}' is not in the bundled countries.tsv");
                    continue;
                }
                PlaceKind kind = line.FeatureClass == 'P' ? PlaceKind.City : line.FeatureCode == "ADM1" ? PlaceKind.Admin1 : PlaceKind.Admin2;
                if (kind == PlaceKind.City) places++;
                else areas++;
                IEnumerable<string> alternateNames = alternates?.NamesOf(line.Id) ?? line.AlternateNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                names += WriteRow(writer, line, kind, iso3, admins, alternateNames);
                aliasTargets.Saw(line.Name, iso3, kind);
                aliasTargets.Saw(line.AsciiName, iso3, kind);
            }
        }
        File.Move(temporary, placesPath, overwrite: true);
        foreach (string file in CopiedFiles.Where(f => File.Exists(Path.Combine(request.TemplateDirectory, f))))
            File.Copy(Path.Combine(request.TemplateDirectory, file), Path.Combine(request.OutputDirectory, file), overwrite: true);
        aliasTargets.WriteKept(Path.Combine(request.OutputDirectory, "aliases.tsv"));
        File.WriteAllText(Path.Combine(request.OutputDirectory, "ATTRIBUTION.md"),
            "Places imported from GeoNames (https://www.geonames.org/, CC BY 4.0) by `sitrep gazetteer import`; " +
            "countries, shapes and word lists copied from Sitrep's bundled gazetteer (see its ATTRIBUTION.md).\n");
        // The binary index is what makes a gazetteer of millions of names load in seconds rather than a minute.
        GazetteerCompileResult compiled = GazetteerCompiler.Compile(request.OutputDirectory);
        if (!compiled.Succeeded) return new GeoNamesImportResult { Problems = [.. problems.Reported, .. compiled.Problems] };
        return new GeoNamesImportResult
        {
            Succeeded = true, LinesRead = reader.LineNumber, PlacesWritten = places, AdminAreasWritten = areas, NamesWritten = names,
            LinesSkipped = skipped, BadLines = problems.BadLines, Problems = problems.Reported,
        };
    }

    private static GeoNamesImportResult Failed(Problem problem) => new() { Problems = [problem] };

    private static bool Keeps(GeoNamesLine line) =>
        line.FeatureClass == 'P' ? !LeftOutCodes.Contains(line.FeatureCode) : line.FeatureClass == 'A' && line.FeatureCode is "ADM1" or "ADM2";

    /// <summary>Writes one places.tsv row; returns how many distinct names (by normalised key) it carries.</summary>
    private static int WriteRow(StreamWriter writer, GeoNamesLine line, PlaceKind kind, string iso3, AdminNames admins, IEnumerable<string> alternateNames)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { NameNormalizer.Normalize(line.Name) };
        keys.Add(NameNormalizer.Normalize(line.AsciiName));
        var kept = new List<string>();
        foreach (string raw in alternateNames)
        {
            string name = GeoNamesLine.Clean(raw);
            if (IsWorthIndexing(name) && keys.Add(NameNormalizer.Normalize(name))) kept.Add(name);
        }
        string admin1 = kind == PlaceKind.Admin1 ? line.Name : admins.Admin1Of(line);
        string admin2 = kind == PlaceKind.Admin2 ? line.Name : kind == PlaceKind.Admin1 ? "" : admins.Admin2Of(line);
        var row = new StringBuilder(128);
        row.Append("gn:").Append(line.Id.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(kind switch { PlaceKind.Admin1 => "admin1", PlaceKind.Admin2 => "admin2", _ => "city" }).Append('\t')
            .Append(line.Name).Append('\t').Append(line.AsciiName == line.Name ? "" : line.AsciiName).Append('\t')
            .Append(iso3).Append('\t').Append(admin1).Append('\t').Append(admin2).Append('\t')
            .Append(line.Point.Latitude.ToString("0.#####", CultureInfo.InvariantCulture)).Append('\t')
            .Append(line.Point.Longitude.ToString("0.#####", CultureInfo.InvariantCulture)).Append('\t')
            .Append(line.Population.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(line.FeatureCode).Append('\t')
            .AppendJoin('|', kept).Append('\n');
        writer.Write(row);
        return keys.Count;
    }

    // Names in scripts an English text never uses, and short codes ("NYC", "LA"), only add ambiguity.
    private static bool IsWorthIndexing(string name)
    {
        if (name.Length < 3 || name.Length <= 4 && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))) return false;
        string key = NameNormalizer.Normalize(name);
        return key.Any(char.IsAsciiLetterLower);
    }
}
