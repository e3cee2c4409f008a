using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;
using Sitrep.Syntax.Training;

namespace Sitrep.Training;

/// <summary>
/// Parses a treebank with its gold UPOS|XPOS tags instead of the tagger's, to show how much of the
/// parser's error comes from tagging (words whose gold pair is no tagger class keep the tagger's tag).
/// </summary>
internal static class ParserCeiling
{
    public static int Run(string conllu, string modelsDir)
    {
        var models = LanguageModels.Load(modelsDir);
        if (models.Value is null) { Console.Error.WriteLine(models.Problem); return 1; }
        TaggerModel tagger = models.Value.Tagger;
        ParserModel parser = models.Value.Parser;
        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < tagger.Classes; c++) classOf[tagger.Upos[c] + "|" + tagger.Xpos[c]] = c;
        var workspace = new ParserWorkspace();
        int words = 0, uas = 0, las = 0;
        foreach (TreebankSentence sentence in TreebankSentence.Load(conllu))
        {
            int n = sentence.Words.Length;
            int[] classes = new int[n], heads = new int[n], labels = new int[n];
            tagger.Tag(sentence.Text, sentence.Words, classes);
            for (int i = 0; i < n; i++)
                classes[i] = classOf.GetValueOrDefault(sentence.Source.Words[i].Upos + "|" + sentence.Source.Words[i].Xpos, classes[i]);
            parser.Parse(sentence.Text, sentence.Words, classes, workspace, heads, labels);
            for (int i = 0; i < n; i++, words++)
            {
                if (heads[i] != sentence.Source.Words[i].Head) continue;
                uas++;
                if (UdEvaluator.UniversalPart(parser.Labels[labels[i]]).SequenceEqual(UdEvaluator.UniversalPart(sentence.Source.Words[i].Relation))) las++;
            }
        }
        Console.WriteLine($"{Path.GetFileName(conllu)} with gold tags: UAS {100.0 * uas / words:F2} %  LAS {100.0 * las / words:F2} %");
        return 0;
    }
}
