using System.Xml.Linq;
using Sitrep.Documents;
using Sitrep.Entities;

namespace Sitrep.NerTrain;

/// <summary>
/// The unlabelled text the word clusters are learned from, as lower-case words per sentence,
/// tokenised as the recogniser tokenises: the GMB and re3d training parts (never their held-out
/// parts), WNUT 2017, the UD English EWT sentences and the geoparsing corpora's article texts.
/// </summary>
internal static class ClusterText
{
    public static IEnumerable<string[]> Read(string shared, IEnumerable<TaggedSentence> training, IReadOnlyDictionary<string, string> lexicon)
    {
        foreach (TaggedSentence s in training) yield return Lower(s.Words);
        string ner = Path.Combine(shared, "data", "ner", "wnut17");
        foreach (string file in new[] { "wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated" })
        {
            var words = new List<string>();
            foreach (string line in File.ReadLines(Path.Combine(ner, file)))
            {
                string word = line.Split('\t')[0].Trim();
                if (word.Length > 0) { words.Add(word); continue; }
                if (words.Count > 0) yield return Lower(words);
                words.Clear();
            }
            if (words.Count > 0) yield return Lower(words);
        }
        string ud = Path.Combine(shared, "data", "ud_english_ewt");
        foreach (string file in Directory.EnumerateFiles(ud, "*.conllu").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                if (!line.StartsWith("# text = ", StringComparison.Ordinal)) continue;
                foreach (string[] sentence in Sentences(line["# text = ".Length..], lexicon)) yield return sentence;
            }
        }
        string geo = Path.Combine(shared, "data", "geoparsing");
        foreach (string file in new[] { "lgl.xml", "GeoVirus.xml", "GWN.xml" })
        {
            foreach (XElement text in XDocument.Load(Path.Combine(geo, file)).Descendants("text"))
            {
                foreach (string[] sentence in Sentences(text.Value, lexicon)) yield return sentence;
            }
        }
    }

    private static IEnumerable<string[]> Sentences(string text, IReadOnlyDictionary<string, string> lexicon)
    {
        List<Span> tokens = EntityTokenizer.Tokenize(text, lexicon);
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!EntityRecognizer.EndsSentence(text, tokens, i) && i + 1 < tokens.Count) continue;
            yield return [.. tokens.Skip(start).Take(i + 1 - start).Select(t => t.TextOf(text).ToLowerInvariant())];
            start = i + 1;
        }
    }

    private static string[] Lower(IEnumerable<string> words) => [.. words.Select(w => w.ToLowerInvariant())];
}
