using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Lemmas;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Training;

namespace Sitrep.Training;

/// <summary>
/// Lists the commonest lemma errors, with gold tags or (<c>--predicted</c>) the tagger's, to see
/// whether the lemmatizer's rules or the tags they are keyed by are at fault; <c>--dump FILE</c>
/// also writes every word (form, gold and predicted XPOS, gold lemma, lemma with each tag) as TSV.
/// </summary>
internal static class LemmaErrors
{
    public static int Run(string conllu, string modelsDir, bool predicted, string? dump = null)
    {
        var models = LanguageModels.Load(modelsDir);
        if (models.Value is null) { Console.Error.WriteLine(models.Problem); return 1; }
        LemmatizerModel lemmatizer = models.Value.Lemmatizer;
        int correct = 0, words = 0;
        var errors = new Dictionary<string, int>();
        using TextWriter? rows = dump is null ? null : new StreamWriter(dump);
        foreach (TreebankSentence sentence in TreebankSentence.Load(conllu))
        {
            int[] classes = new int[sentence.Words.Length];
            if (predicted || rows is not null) models.Value.Tagger.Tag(sentence.Text, sentence.Words, classes);
            for (int i = 0; i < classes.Length; i++, words++)
            {
                ConlluWord w = sentence.Source.Words[i];
                string xpos = predicted ? models.Value.Tagger.Xpos[classes[i]] : w.Xpos;
                string lemma = lemmatizer.Lemmatize(w.Form, xpos);
                rows?.WriteLine($"{w.Form}\t{w.Upos}\t{w.Xpos}\t{models.Value.Tagger.Upos[classes[i]]}\t{models.Value.Tagger.Xpos[classes[i]]}\t{w.Lemma}\t{lemmatizer.Lemmatize(w.Form, w.Xpos)}\t{lemmatizer.Lemmatize(w.Form, models.Value.Tagger.Xpos[classes[i]])}");
                if (lemma == w.Lemma || w.Lemma == "_") { correct++; continue; }
                string key = $"{w.Form}/{xpos} (gold {w.Xpos}) gold {w.Lemma} got {lemma}";
                errors[key] = errors.GetValueOrDefault(key) + 1;
            }
        }
        Console.WriteLine($"lemma with {(predicted ? "predicted" : "gold")} tags: {100.0 * correct / words:F2} %");
        foreach (var e in errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(60)) Console.WriteLine($"{e.Value,4} {e.Key}");
        return 0;
    }
}
