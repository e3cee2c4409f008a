using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Geo.Storage;

namespace Sitrep.Geo;

/// <summary>
/// Loads the bundled gazetteer from a folder (normally <c>data/gazetteer</c>): countries.tsv,
/// places.tsv, admin-affixes.tsv, aliases.tsv and shapes.tsv, with the entries and name index read
/// from gazetteer.bin when that file was compiled from the same TSVs; or a folder in the same format that
/// <c>sitrep gazetteer import</c> built from GeoNames dumps. Any bad line fails the load with a
/// problem naming the file and line, because a silently half-loaded gazetteer would misplace events.
/// </summary>
public static class GazetteerLoader
{
    private static readonly string[] PlaceColumns = ["id", "kind", "name", "ascii_if_different", "iso3", "admin1", "admin2", "lat", "lon", "population", "fcode", "alternate_names"];
    private static readonly string[] CountryColumns = ["iso3", "iso2", "name", "lat", "lon", "capital", "alternate_names", "demonyms"];

    /// <param name="directory">The gazetteer folder.</param>
    /// <param name="writeBinary">
    /// When the TSVs had to be read (no gazetteer.bin, or one compiled from other TSVs), write
    /// gazetteer.bin from the result so that the next load is fast; a read-only folder is left as it is.
    /// </param>
    public static GazetteerLoadResult Load(string directory, bool writeBinary = false)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string binary = Path.Combine(directory, GazetteerBinary.FileName);
        ulong fingerprint = GazetteerFingerprint.Of(directory);
        if (File.Exists(binary))
        {
            BinaryRead read = GazetteerBinary.Read(binary, fingerprint);
            if (read.State == BinaryState.Loaded) return FromBinary(directory, read.Entries!, read.Index!);
            if (read.State == BinaryState.Damaged) return new GazetteerLoadResult(null, [.. read.Problems]);
            // Stale: a hand edit to the TSVs after the last compile. They are the truth, only slower to read.
        }
        GazetteerLoadResult loaded = LoadSources(directory);
        if (writeBinary && loaded.Gazetteer is Gazetteer gazetteer) GazetteerBinary.TryWrite(binary, fingerprint, gazetteer.Entries, gazetteer.NameIndex);
        return loaded;
    }

    /// <summary>Builds the gazetteer from the TSV files alone, ignoring any gazetteer.bin (which <see cref="GazetteerCompiler"/> writes from this).</summary>
    internal static GazetteerLoadResult LoadSources(string directory)
    {
        var problems = new List<Problem>();
        // The shapes parse on another core while the places load; neither touches the other's state.
        var shapeProblems = new List<Problem>();
        Task<CountryShapes> shapesTask = Task.Run(() => CountryShapes.Load(Path.Combine(directory, "shapes.tsv"), shapeProblems));
        var index = new GazetteerIndexBuilder(AdminAffixes.Load(Path.Combine(directory, "admin-affixes.tsv"), problems));
        var countries = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        var countryEntries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        LoadCountries(Path.Combine(directory, "countries.tsv"), problems, index, countries, countryEntries, demonyms);
        LoadPlaces(Path.Combine(directory, "places.tsv"), problems, index, countries);
        AliasFile.Load(Path.Combine(directory, "aliases.tsv"), problems, index, countries);
        CountryShapes shapes = shapesTask.GetAwaiter().GetResult();
        problems.AddRange(shapeProblems);
        if (problems.Count > 0) return new GazetteerLoadResult(null, [.. problems]);
        var gazetteer = new Gazetteer(index.Entries, index.Build(), countries, countryEntries, demonyms, shapes);
        return new GazetteerLoadResult(gazetteer, []);
    }

    /// <summary>The gazetteer from gazetteer.bin's entries and index, with the country facts, demonyms and shapes its TSVs hold.</summary>
    private static GazetteerLoadResult FromBinary(string directory, GazetteerEntry[] entries, GazetteerNameIndex index)
    {
        var problems = new List<Problem>();
        var shapeProblems = new List<Problem>();
        Task<CountryShapes> shapesTask = Task.Run(() => CountryShapes.Load(Path.Combine(directory, "shapes.tsv"), shapeProblems));
        var countries = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        var countryEntries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        LoadCountries(Path.Combine(directory, "countries.tsv"), problems, null, countries, countryEntries, demonyms);
        countryEntries.Clear();
        foreach (GazetteerEntry entry in entries)
        {
            // Curated aliases may add country-kind entries too; the country itself is the one countries.tsv made.
            if (entry.Kind == PlaceKind.Country && entry.Id == "c:" + entry.CountryIso3) countryEntries[entry.CountryIso3] = entry;
        }
        CountryShapes shapes = shapesTask.GetAwaiter().GetResult();
        problems.AddRange(shapeProblems);
        if (problems.Count > 0) return new GazetteerLoadResult(null, [.. problems]);
        return new GazetteerLoadResult(new Gazetteer([.. entries], index, countries, countryEntries, demonyms, shapes), []);
    }

    private static void LoadCountries(string path, List<Problem> problems, GazetteerIndexBuilder? index,
        Dictionary<string, CountryInfo> countries, Dictionary<string, GazetteerEntry> countryEntries, Dictionary<string, string> demonyms)
    {
        foreach (TsvRow row in TsvDataFile.Read(path, "countries", CountryColumns, problems))
        {
            string[] f = row.Fields;
            if (f[0].Length != 3 || f[1].Length != 2 || f[2].Length == 0 || !TryPoint(f[3], f[4], out GeoPoint point))
            {
                problems.Add(TsvDataFile.Bad(path, row.Line, "expected ISO3, ISO2, a name and a valid latitude/longitude"));
                continue;
            }
            var info = new CountryInfo
            {
                Iso3 = f[0], Iso2 = f[1], Name = f[2], Capital = f[5].Length > 0 ? f[5] : null,
                AlternateNames = SplitList(f[6]), Demonyms = SplitList(f[7]),
            };
            if (!countries.TryAdd(info.Iso3, info))
            {
                problems.Add(TsvDataFile.Bad(path, row.Line, $"country {info.Iso3} appears twice"));
                continue;
            }
            var entry = new GazetteerEntry
            {
                Id = "c:" + info.Iso3, Name = info.Name, AsciiName = info.Name, Kind = PlaceKind.Country,
                CountryIso3 = info.Iso3, Point = point, FeatureCode = "PCLI",
            };
            countryEntries[info.Iso3] = entry;
            index?.Add(entry, [info.Name, .. info.AlternateNames]);
            foreach (string demonym in info.Demonyms) demonyms.TryAdd(NameNormalizer.Normalize(demonym), info.Iso3);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LoadPlaces(string path, List<Problem> problems, GazetteerIndexBuilder index, Dictionary<string, CountryInfo> countries)
    {
        // Admin names, country codes and feature codes repeat on thousands of lines; share one string each.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        string? Intern(ReadOnlySpan<char> s)
        {
            if (s.IsEmpty) return null;
            if (lookup.TryGetValue(s, out string? shared)) return shared;
            string created = s.ToString();
            strings[created] = created;
            return created;
        }
        TsvDataFile.ForEachLine(path, "places", PlaceColumns, problems, (in TsvFields line) =>
        {
            string? iso3 = Intern(line[4]);
            if (!TryKind(line[1], out PlaceKind kind) || kind == PlaceKind.Country)
            {
                problems.Add(TsvDataFile.Bad(path, line.Line, $"unknown kind '{line[1]}' (expected city, admin1 or admin2)"));
            }
            else if (line[0].IsEmpty || line[2].IsEmpty || iso3 is null || !countries.ContainsKey(iso3))
            {
                problems.Add(TsvDataFile.Bad(path, line.Line, $"expected an id, a name and a known country code, found '{line[0]}', '{line[2]}', '{line[4]}'"));
            }
            else if (!TryPoint(line[7], line[8], out GeoPoint point) || !long.TryParse(line[9], NumberStyles.None, CultureInfo.InvariantCulture, out long population))
            {
                problems.Add(TsvDataFile.Bad(path, line.Line, $"bad latitude/longitude/population '{line[7]}', '{line[8]}', '{line[9]}'"));
            }
            else
            {
                string id = line.String(0), name = line.String(2);
                string ascii = line[3].IsEmpty ? name : line.String(3);
                string[] names = line.Count > 11 && !line[11].IsEmpty ? Names(name, ascii, line[11]) : ReferenceEquals(ascii, name) ? [name] : [name, ascii];
                index.Add(new GazetteerEntry
                {
                    Id = id, GeonamesId = id.StartsWith("gn:", StringComparison.Ordinal) && long.TryParse(id.AsSpan(3), CultureInfo.InvariantCulture, out long gn) ? gn : null,
                    Name = name, AsciiName = ascii, Kind = kind, CountryIso3 = iso3,
                    Admin1 = Intern(line[5]), Admin2 = Intern(line[6]),
                    Point = point, Population = population, FeatureCode = Intern(line[10]) ?? "",
                }, names);
            }
        }, optionalColumns: 1);
    }

    /// <summary>The name, the ascii name and the '|'-separated alternate names of a place.</summary>
    private static string[] Names(string name, string ascii, ReadOnlySpan<char> alternates)
    {
        var names = new List<string>(8) { name };
        if (!ReferenceEquals(ascii, name)) names.Add(ascii);
        foreach (Range part in alternates.Split('|'))
        {
            if (!alternates[part].IsEmpty) names.Add(alternates[part].ToString());
        }
        return [.. names];
    }

    internal static bool TryKind(ReadOnlySpan<char> text, out PlaceKind kind)
    {
        switch (text)
        {
            case "city": kind = PlaceKind.City; return true;
            case "admin2": kind = PlaceKind.Admin2; return true;
            case "admin1": kind = PlaceKind.Admin1; return true;
            case "country": kind = PlaceKind.Country; return true;
            default: kind = default; return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryPoint(ReadOnlySpan<char> lat, ReadOnlySpan<char> lon, out GeoPoint point)
    {
        point = default;
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out double la) ||
            !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out double lo) ||
            la is < -90 or > 90 || lo is < -180 or > 180)
            return false;
        point = new GeoPoint(la, lo);
        return true;
    }

    private static ImmutableArray<string> SplitList(string field) =>
        field.Length == 0 ? [] : [.. field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
