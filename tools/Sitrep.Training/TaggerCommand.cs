using Sitrep.Syntax.Models;
using Sitrep.Syntax.Training;

namespace Sitrep.Training;

/// <summary>
/// Retrains only the lemmatizer and the tagger (the parser and sentence models stay as they are),
/// with the same settings as the full run, so the tagger can be trained and measured alone.
/// </summary>
internal static class TaggerCommand
{
    public static int Run(string treebankDir, string modelsDir, TextWriter log)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var train = TreebankSentence.Load(Path.Combine(treebankDir, "en_ewt-ud-train.conllu"));
        var lemmatizer = LemmatizerTrainer.Train(train);
        lemmatizer.Save(Path.Combine(modelsDir, LanguageModels.LemmatizerFile));
        log.WriteLine($"lemmatizer: {lemmatizer.Exceptions.Count} exceptions, {lemmatizer.FormLemmas.Count} form lemmas, {lemmatizer.Rules.Count} rules ({watch.Elapsed.TotalSeconds:F1} s)");
        var tagger = Trainer.NewTaggerTrainer().Train(train, null, log);
        tagger.Save(Path.Combine(modelsDir, LanguageModels.TaggerFile));
        log.WriteLine($"tagger: {tagger.Classes} classes, {tagger.Lexicon.Words.Count} lexicon words, {tagger.Weights.Rows} weight rows ({watch.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }
}
