using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Entities;

namespace Sitrep.NerTrain;

/// <summary>Reads GMB and re3d into BIO-labelled sentences with Sitrep's label set.</summary>
internal static class Corpora
{
    // GMB: geo = places (mostly countries and cities), gpe = mostly nationality adjectives.
    private static readonly Dictionary<string, string> GmbLabels = new() { ["per"] = "PERSON", ["org"] = "ORG", ["geo"] = "GPE", ["gpe"] = "NORP" };

    private static readonly Dictionary<string, string> Re3dLabels = new()
    {
        ["Person"] = "PERSON", ["Organisation"] = "ORG", ["Location"] = "GPE", ["Nationality"] = "NORP",
        ["Weapon"] = "WEAPON", ["MilitaryPlatform"] = "WEAPON",
    };

    /// <summary>GMB sentences; every tenth is held out.</summary>
    public static void ReadGmb(string path, List<TaggedSentence> train, List<TaggedSentence> test)
    {
        var words = new List<string>();
        var labels = new List<string>();
        int sentence = 0;
        void Flush()
        {
            if (words.Count > 0) (sentence++ % 10 == 0 ? test : train).Add(new TaggedSentence([.. words], [.. labels]));
            words.Clear();
            labels.Clear();
        }
        foreach (string line in File.ReadLines(path, System.Text.Encoding.Latin1).Skip(1))
        {
            string[] cells = SplitCsv(line);
            if (cells.Length < 4) continue;
            if (cells[0].StartsWith("Sentence:", StringComparison.Ordinal)) Flush();
            string tag = cells[3];
            string label = "O";
            if (tag.Length > 2 && GmbLabels.TryGetValue(tag[2..], out string? mapped))
                label = tag[0] + "-" + mapped;
            if (label.StartsWith("I-", StringComparison.Ordinal) && (labels.Count == 0 || labels[^1] == "O" || labels[^1][2..] != label[2..]))
                label = "B-" + label[2..];
            words.Add(cells[1]);
            labels.Add(label);
        }
        Flush();
    }

    /// <summary>re3d documents, split into sentences as the recogniser splits them; every fifth document is held out.</summary>
    public static void ReadRe3d(string folder, List<TaggedSentence> train, List<TaggedSentence> test)
    {
        int document = 0;
        foreach (string source in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var entities = ReadJsonLines(Path.Combine(source, "entities.json")).ToList();
            foreach (JsonElement doc in ReadJsonLines(Path.Combine(source, "documents.json")))
            {
                string id = doc.GetProperty("_id").GetString()!;
                string text = doc.GetProperty("text").GetString()!;
                var spans = entities.Where(e => e.GetProperty("documentId").GetString() == id && Re3dLabels.ContainsKey(e.GetProperty("type").GetString()!))
                    .Select(e => new LabelledSpan(new Span(e.GetProperty("begin").GetInt32(), e.GetProperty("end").GetInt32()), Re3dLabels[e.GetProperty("type").GetString()!]))
                    .OrderByDescending(e => e.Span.Length).ToList();
                List<TaggedSentence> target = document++ % 5 == 0 ? test : train;
                foreach (TaggedSentence s in Label(text, spans)) target.Add(s);
            }
        }
    }

    private static IEnumerable<TaggedSentence> Label(string text, List<LabelledSpan> entities)
    {
        List<Span> tokens = EntityTokenizer.Tokenize(text);
        var labels = new string[tokens.Count];
        Array.Fill(labels, "O");
        foreach (LabelledSpan e in entities)
        {
            var inside = Enumerable.Range(0, tokens.Count).Where(i => e.Span.Contains(tokens[i])).ToList();
            if (inside.Count == 0 || inside.Any(i => labels[i] != "O")) continue;
            for (int k = 0; k < inside.Count; k++) labels[inside[k]] = (k == 0 ? "B-" : "I-") + e.Label;
        }
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            string word = tokens[i].TextOf(text);
            bool end = i == tokens.Count - 1 || word is "." or "!" or "?" || text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n');
            if (!end) continue;
            yield return new TaggedSentence([.. tokens.Skip(start).Take(i + 1 - start).Select(t => t.TextOf(text))], [.. labels.Skip(start).Take(i + 1 - start)]);
            start = i + 1;
        }
    }

    private static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using JsonDocument doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    private sealed record LabelledSpan(Span Span, string Label);
}
