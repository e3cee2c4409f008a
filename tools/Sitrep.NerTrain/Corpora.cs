using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Entities;

namespace Sitrep.NerTrain;

/// <summary>
/// Reads GMB and re3d into BIO-labelled sentences with Sitrep's label set, tokenised as the
/// recogniser tokenises text (<see cref="EntityTokenizer"/>), so training and use see the same words.
/// </summary>
internal sealed class Corpora(PlaceLabels places, PersonTitles titles, IReadOnlyDictionary<string, string> lexicon)
{
    private const string Place = "PLACE";

    // GMB: geo = places (countries, cities, regions), gpe = mostly nationality adjectives.
    private static readonly Dictionary<string, string> GmbLabels = new() { ["per"] = "PERSON", ["org"] = "ORG", ["geo"] = Place, ["gpe"] = "NORP" };

    private static readonly Dictionary<string, string> Re3dLabels = new()
    {
        ["Person"] = "PERSON", ["Organisation"] = "ORG", ["Location"] = Place, ["Nationality"] = "NORP",
        ["Weapon"] = "WEAPON", ["MilitaryPlatform"] = "WEAPON",
    };

    /// <summary>GMB sentences; every tenth is held out.</summary>
    public void ReadGmb(string path, List<TaggedSentence> train, List<TaggedSentence> test)
    {
        var words = new List<string>();
        var tags = new List<string>();
        int sentence = 0;
        void Flush()
        {
            if (words.Count > 0) (sentence++ % 10 == 0 ? test : train).AddRange(GmbSentence(words, tags));
            words.Clear();
            tags.Clear();
        }
        foreach (string line in File.ReadLines(path, System.Text.Encoding.Latin1).Skip(1))
        {
            string[] cells = SplitCsv(line);
            if (cells.Length < 4) continue;
            if (cells[0].StartsWith("Sentence:", StringComparison.Ordinal)) Flush();
            words.Add(cells[1]);
            tags.Add(cells[3]);
        }
        Flush();
    }

    private IEnumerable<TaggedSentence> GmbSentence(List<string> words, IReadOnlyList<string> tags)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<LabelledSpan>();
        int entityStart = -1;
        string entityType = "";
        void Close()
        {
            if (entityStart >= 0) spans.Add(new LabelledSpan(new Span(entityStart, text.Length), entityType));
            entityStart = -1;
        }
        for (int i = 0; i < words.Count; i++)
        {
            string tag = tags[i];
            string? mapped = tag.Length > 2 ? GmbLabels.GetValueOrDefault(tag[2..]) : null;
            if (mapped is null || tag[0] == 'B' || mapped != entityType) Close();
            if (text.Length > 0) text.Append(' ');
            if (mapped is not null && entityStart < 0) { entityStart = text.Length; entityType = mapped; }
            text.Append(words[i]);
        }
        Close();
        string joined = text.ToString();
        return Label(joined, [.. spans.Select(e => Resolve(joined, e))]);
    }

    /// <summary>re3d documents, split into sentences as the recogniser splits them; every fifth document is held out.</summary>
    public void ReadRe3d(string folder, List<TaggedSentence> train, List<TaggedSentence> test)
    {
        int document = 0;
        foreach (string source in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var entities = ReadJsonLines(Path.Combine(source, "entities.json")).ToList();
            foreach (JsonElement doc in ReadJsonLines(Path.Combine(source, "documents.json")))
            {
                string id = doc.GetProperty("_id").GetString()!;
                string text = doc.GetProperty("text").GetString()!;
                var raw = entities.Where(e => e.GetProperty("documentId").GetString() == id && Re3dLabels.ContainsKey(e.GetProperty("type").GetString()!))
                    .Select(e => new LabelledSpan(new Span(e.GetProperty("begin").GetInt32(), e.GetProperty("end").GetInt32()), Re3dLabels[e.GetProperty("type").GetString()!]))
                    .Select(e => Resolve(text, e));
                List<LabelledSpan> spans = Re3dSpans.Normalize(text, raw);
                List<TaggedSentence> target = document++ % 5 == 0 ? test : train;
                target.AddRange(Label(text, spans));
            }
        }
    }

    private LabelledSpan Resolve(string text, LabelledSpan e) =>
        e.Label == Place ? e with { Label = places.Label(e.Span.TextOf(text)) } : e;

    /// <summary>BIO labels over the recogniser's tokens: a token is in a mention when its middle is.</summary>
    private IEnumerable<TaggedSentence> Label(string text, List<LabelledSpan> entities)
    {
        List<Span> tokens = EntityTokenizer.Tokenize(text, lexicon);
        var labels = new string[tokens.Count];
        Array.Fill(labels, "O");
        foreach (LabelledSpan e in entities)
        {
            var inside = Enumerable.Range(0, tokens.Count).Where(i => e.Span.Start <= tokens[i].Start + tokens[i].Length / 2 && tokens[i].Start + tokens[i].Length / 2 < e.Span.End).ToList();
            if (inside.Count == 0 || inside.Any(i => labels[i] != "O")) continue;
            for (int k = 0; k < inside.Count; k++) labels[inside[k]] = (k == 0 ? "B-" : "I-") + e.Label;
        }
        titles.Strip(tokens.Select(t => t.TextOf(text)).ToList(), labels);
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!EntityRecognizer.EndsSentence(text, tokens, i)) continue;
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
}
