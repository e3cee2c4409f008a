using System.Globalization;
using System.Xml.Linq;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

/// <summary>A document of ../shared/data/geoparsing: its text and gold toponyms.</summary>
internal sealed record GeoparsingDocument(string Corpus, string Id, string Text, IReadOnlyList<GoldToponym> Gold);

/// <summary>
/// Reads toponyms_flat.tsv with the texts from the corpus XML files. GeoWebNews rows that are not
/// locational (demonyms, languages, non-toponyms, names inside organisation names) are left out, as
/// the corpus authors do for geocoding. GeoVirus offsets are off by one in places, so a surface is
/// looked for a few characters either side of its stated start.
/// </summary>
internal static class GeoparsingCorpus
{
    private static readonly HashSet<string> NotLocational = ["Non_Toponym", "Demonym", "Language", "Homonym"];

    public static IReadOnlyList<GeoparsingDocument> Load(string folder)
    {
        var texts = new Dictionary<(string, string), string>();
        foreach (XElement a in XDocument.Load(Path.Combine(folder, "lgl.xml")).Root!.Elements("article"))
            texts[("LGL", (string)a.Attribute("docid")!)] = (string)a.Element("text")!;
        int index = 0;
        foreach (XElement a in XDocument.Load(Path.Combine(folder, "GeoVirus.xml")).Root!.Elements("article"))
            texts[("GeoVirus", (index++).ToString(CultureInfo.InvariantCulture))] = (string)a.Element("text")!;
        foreach (XElement a in XDocument.Load(Path.Combine(folder, "GWN.xml")).Root!.Elements("article"))
            texts[("GeoWebNews", (string)a.Attribute("file")!)] = (string)a.Element("text")!;

        var gold = new Dictionary<(string, string), List<GoldToponym>>();
        foreach (string line in File.ReadLines(Path.Combine(folder, "toponyms_flat.tsv")).Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length < 13 || !texts.TryGetValue((f[0], f[1]), out string? text)) continue;
            if (f[0] == "GeoWebNews" && (NotLocational.Contains(f[11]) || f[12] == "Yes")) continue;
            if (!double.TryParse(f[9], CultureInfo.InvariantCulture, out double lat) || !double.TryParse(f[10], CultureInfo.InvariantCulture, out double lon)) continue;
            if (lat is < -90 or > 90 || lon is < -180 or > 180) continue;
            int start = int.Parse(f[4], CultureInfo.InvariantCulture), end = int.Parse(f[5], CultureInfo.InvariantCulture);
            int found = Locate(text, f[3], start);
            if (found < 0) continue;
            var key = (f[0], f[1]);
            if (!gold.TryGetValue(key, out var list)) gold[key] = list = [];
            list.Add(new GoldToponym(new Span(found, found + f[3].Length), f[3], new GeoPoint(lat, lon)));
        }
        return [.. texts.Select(t => new GeoparsingDocument(t.Key.Item1, t.Key.Item2, t.Value, gold.GetValueOrDefault(t.Key) ?? []))];
    }

    private static int Locate(string text, string surface, int start)
    {
        for (int delta = 0; delta <= 5; delta++)
        {
            foreach (int at in new[] { start - delta, start + delta })
            {
                if (at >= 0 && at + surface.Length <= text.Length && string.CompareOrdinal(text, at, surface, 0, surface.Length) == 0) return at;
            }
        }
        return -1;
    }
}
