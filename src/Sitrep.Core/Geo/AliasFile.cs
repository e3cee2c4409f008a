using Sitrep.Errors;
using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>
/// Reads aliases.tsv: curated names the GeoNames extracts lack. A line without coordinates names
/// existing entries (its target must exist, or the load fails); a line with coordinates adds a place.
/// </summary>
internal static class AliasFile
{
    private static readonly string[] Columns = ["alias", "name", "iso3", "kind", "lat", "lon", "admin1", "note"];

    public static void Load(string path, List<Problem> problems, GazetteerIndexBuilder index, IReadOnlyDictionary<string, CountryInfo> countries)
    {
        var added = new Dictionary<string, GazetteerIndexBuilder.Added>(StringComparer.Ordinal);
        foreach (TsvRow row in TsvDataFile.Read(path, "aliases", Columns, problems))
        {
            string[] f = row.Fields;
            if (f[0].Length == 0 || f[1].Length == 0 || !countries.ContainsKey(f[2]) || !GazetteerLoader.TryKind(f[3], out PlaceKind kind))
            {
                problems.Add(TsvDataFile.Bad(path, row.Line, $"expected an alias, a name, a known ISO3 and a kind (city, admin2, admin1, country), found '{f[0]}', '{f[1]}', '{f[2]}', '{f[3]}'"));
                continue;
            }
            if (f[4].Length == 0 && f[5].Length == 0)
            {
                var targets = index.Find(f[1]).Where(a => a.Entry.CountryIso3 == f[2] && a.Entry.Kind == kind).ToList();
                if (targets.Count == 0)
                    problems.Add(TsvDataFile.Bad(path, row.Line, $"alias '{f[0]}' points at '{f[1]}' ({f[3]}, {f[2]}), which the gazetteer lacks; give coordinates to add it"));
                else
                    index.AddAlias(f[0], targets);
                continue;
            }
            if (!GazetteerLoader.TryPoint(f[4], f[5], out GeoPoint point))
            {
                problems.Add(TsvDataFile.Bad(path, row.Line, $"bad latitude/longitude '{f[4]}', '{f[5]}'"));
                continue;
            }
            string id = $"alias:{f[2]}:{NameNormalizer.Normalize(f[1]).Replace(' ', '-')}";
            if (added.TryGetValue(id, out GazetteerIndexBuilder.Added existing))
            {
                index.AddAlias(f[0], [existing]);
                continue;
            }
            var entry = new GazetteerEntry
            {
                Id = id, Name = f[1], AsciiName = f[1].All(char.IsAscii) ? f[1] : NameNormalizer.Normalize(f[1]), Kind = kind, CountryIso3 = f[2],
                Admin1 = f[6].Length > 0 ? f[6] : null, Point = point, FeatureCode = kind == PlaceKind.City ? "PPL" : "ADM",
            };
            GazetteerIndexBuilder.Added created = index.Add(entry, [f[1]]);
            added[id] = created;
            index.AddAlias(f[0], [created]);
        }
    }
}
