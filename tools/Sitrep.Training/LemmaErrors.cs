using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Lemmas;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Training;

namespace Sitrep.Training;

/// <summary>
/// Lists the commonest lemma errors, with gold tags or (<c>--predicted</c>) the tagger's, to see
/// whether the lemmatizer's rules or the tags they are keyed by are at fault.
/// </summary>
internal static class LemmaErrors
{
    public static int Run(string conllu, string modelsDir, bool predicted)
    {
        var models = LanguageModels.Load(modelsDir);
        if (models.Value is null) { Console.Error.WriteLine(models.Problem); return 1; }
        LemmatizerModel lemmatizer = models.Value.Lemmatizer;
        int correct = 0, words = 0;
        var errors = new Dictionary<string, int>();
        foreach (TreebankSentence sentence in TreebankSentence.Load(conllu))
        {
            int[] classes = new int[sentence.Words.Length];
            if (predicted) models.Value.Tagger.Tag(sentence.Text, sentence.Words, classes);
            for (int i = 0; i < classes.Length; i++, words++)
            {
                ConlluWord w = sentence.Source.Words[i];
                string xpos = predicted ? models.Value.Tagger.Xpos[classes[i]] : w.Xpos;
                string lemma = lemmatizer.Lemmatize(w.Form, xpos);
                if (lemma == w.Lemma) { correct++; continue; }
                string key = $"{w.Form}/{xpos} (gold {w.Xpos}) gold {w.Lemma} got {lemma}";
                errors[key] = errors.GetValueOrDefault(key) + 1;
            }
        }
        Console.WriteLine($"lemma with {(predicted ? "predicted" : "gold")} tags: {100.0 * correct / words:F2} %");
        foreach (var e in errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(60)) Console.WriteLine($"{e.Value,4} {e.Key}");
        return 0;
    }
}
