using Sitrep.Syntax.Training;

namespace Sitrep.Training;

/// <summary>Trains a tagger with the given hash bits, epochs and lexicon thresholds and prints its dev UPOS after every epoch, for tuning; optionally saves it into a models folder.</summary>
internal static class TaggerTuning
{
    public static int Run(string treebankDir, int bits, int epochs, int lexiconMinCount, int restrictMinCount, string? saveTo)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var train = TreebankSentence.Load(Path.Combine(treebankDir, "en_ewt-ud-train.conllu"));
        var dev = TreebankSentence.Load(Path.Combine(treebankDir, "en_ewt-ud-dev.conllu"));
        Console.WriteLine($"bits {bits} epochs {epochs} lexicon min count {lexiconMinCount} restrict min count {restrictMinCount}");
        var tagger = new TaggerTrainer(epochs, bits, Trainer.Seed, lexiconMinCount: lexiconMinCount, restrictMinCount: restrictMinCount).Train(train, dev, Console.Out);
        if (saveTo is not null) tagger.Save(Path.Combine(saveTo, Sitrep.Syntax.Models.LanguageModels.TaggerFile));
        Console.WriteLine($"{tagger.Lexicon.Words.Count} lexicon words, {tagger.Weights.Rows} weight rows ({watch.Elapsed.TotalSeconds:F0} s)");
        return 0;
    }
}
