using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Lemmas;
using Sitrep.Syntax.Models;

namespace Sitrep.Training;

/// <summary>Lists the commonest lemma errors with gold tags, to see what the lemmatizer's rules miss.</summary>
internal static class LemmaErrors
{
    public static int Run(string conllu, string modelsDir)
    {
        var lemmatizer = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.LemmatizerFile), LemmatizerModel.Read).Value!;
        var words = ConlluReader.ReadFile(conllu).Sentences.SelectMany(s => s.Words).ToList();
        int correct = 0;
        var errors = new Dictionary<string, int>();
        foreach (var w in words)
        {
            string lemma = lemmatizer.Lemmatize(w.Form, w.Xpos);
            if (lemma == w.Lemma) { correct++; continue; }
            string key = $"{w.Form}/{w.Xpos} gold {w.Lemma} got {lemma}";
            errors[key] = errors.GetValueOrDefault(key) + 1;
        }
        Console.WriteLine($"lemma with gold tags: {100.0 * correct / words.Count:F2} %");
        foreach (var e in errors.OrderByDescending(e => e.Value).Take(40)) Console.WriteLine($"{e.Value,4} {e.Key}");
        return 0;
    }
}
