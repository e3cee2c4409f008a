using Sitrep.Documents;
using Sitrep.Syntax.Conllu;

namespace Sitrep.Syntax.Training;

/// <summary>A treebank sentence as the models see it: its words joined by spaces, and a span per word.</summary>
public sealed record TreebankSentence(ConlluSentence Source, string Text, Span[] Words)
{
    public static TreebankSentence From(ConlluSentence sentence)
    {
        var spans = new Span[sentence.Words.Length];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < spans.Length; i++)
        {
            if (i > 0) text.Append(' ');
            int start = text.Length;
            text.Append(sentence.Words[i].Form);
            spans[i] = new Span(start, text.Length);
        }
        return new TreebankSentence(sentence, text.ToString(), spans);
    }

    public static List<TreebankSentence> Load(string path)
    {
        var read = ConlluReader.ReadFile(path);
        if (!read.Succeeded) throw new InvalidOperationException(read.Problem!.ToString());
        return [.. read.Sentences.Select(From)];
    }
}
