using Sitrep.Documents;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Syntax.Conllu;

/// <summary>
/// Writes an annotated document as CoNLL-U (for <c>sitrep annotate --format conllu</c>): one block
/// per sentence with its text, and one line per token; columns whose layer is absent are "_".
/// </summary>
public static class ConlluWriter
{
    public static void Write(Document document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        Span[] tokens = [.. document.Get(Tokenizer.Layer).Select(t => t.Span)];
        var pos = document.Get(PosTagger.Layer);
        var deps = document.Get(DependencyParser.Layer);
        bool hasPos = pos.Length == tokens.Length, hasDeps = deps.Length == tokens.Length;
        writer.WriteLine($"# newdoc id = {document.Id}");
        int sentenceNumber = 0;
        foreach (TokenRange range in TokenRange.BySentence(document.Get(SentenceSplitter.Layer), tokens))
        {
            sentenceNumber++;
            Span whole = new(tokens[range.First].Start, tokens[range.First + range.Count - 1].End);
            writer.WriteLine($"# sent_id = {sentenceNumber}");
            writer.WriteLine($"# text = {Clean(document.TextOf(whole))}");
            for (int i = range.First; i < range.First + range.Count; i++)
            {
                string form = Clean(document.TextOf(tokens[i]));
                string lemma = hasPos ? Clean(pos[i].Lemma) : "_";
                string upos = hasPos ? pos[i].Upos : "_";
                string xpos = hasPos ? pos[i].Xpos : "_";
                string head = hasDeps ? (deps[i].Head < 0 ? 0 : deps[i].Head - range.First + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "_";
                string relation = hasDeps ? deps[i].Relation : "_";
                bool spaceAfter = i + 1 >= tokens.Length || tokens[i + 1].Start > tokens[i].End;
                string misc = spaceAfter || i + 1 == range.First + range.Count && i + 1 >= tokens.Length ? "_" : "SpaceAfter=No";
                writer.Write(i - range.First + 1);
                writer.WriteLine($"\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{relation}\t_\t{misc}");
            }
            writer.WriteLine();
        }
    }

    /// <summary>CoNLL-U fields and comments are single-line and tab-free.</summary>
    private static string Clean(string value) =>
        value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
