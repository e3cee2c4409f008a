using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;
using Sitrep.Syntax.Training;

namespace Sitrep.Training;

/// <summary>Head errors of the parser on a treebank (predicted tags), by gold relation, to show where its attachment errors lie.</summary>
internal static class ParserErrors
{
    public static int Run(string conllu, string modelsDir)
    {
        var models = LanguageModels.Load(modelsDir);
        if (models.Value is null) { Console.Error.WriteLine(models.Problem); return 1; }
        TaggerModel tagger = models.Value.Tagger;
        ParserModel parser = models.Value.Parser;
        var workspace = new ParserWorkspace();
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var wrong = new Dictionary<string, int>(StringComparer.Ordinal);
        int words = 0, errors = 0;
        foreach (TreebankSentence sentence in TreebankSentence.Load(conllu))
        {
            int n = sentence.Words.Length;
            int[] classes = new int[n], heads = new int[n], labels = new int[n];
            tagger.Tag(sentence.Text, sentence.Words, classes);
            parser.Parse(sentence.Text, sentence.Words, classes, workspace, heads, labels);
            for (int i = 0; i < n; i++, words++)
            {
                string relation = sentence.Source.Words[i].Relation.Split(':')[0];
                total[relation] = total.GetValueOrDefault(relation) + 1;
                if (heads[i] == sentence.Source.Words[i].Head) continue;
                errors++;
                wrong[relation] = wrong.GetValueOrDefault(relation) + 1;
            }
        }
        Console.WriteLine($"{words} words, {errors} head errors");
        foreach (var (relation, count) in wrong.OrderByDescending(p => p.Value))
            Console.WriteLine($"{relation,-12} {count,6} of {total[relation],6} ({100.0 * count / total[relation],5:F1} % wrong, {100.0 * count / errors,5:F1} % of errors)");
        return 0;
    }
}
