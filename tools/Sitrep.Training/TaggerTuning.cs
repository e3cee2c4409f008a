using Sitrep.Syntax.Training;

namespace Sitrep.Training;

/// <summary>Trains a tagger with the given hash bits and epochs and prints its dev UPOS and XPOS accuracy, for tuning.</summary>
internal static class TaggerTuning
{
    public static int Run(string treebankDir, int bits, int epochs)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var train = TreebankSentence.Load(Path.Combine(treebankDir, "en_ewt-ud-train.conllu"));
        var dev = TreebankSentence.Load(Path.Combine(treebankDir, "en_ewt-ud-dev.conllu"));
        var tagger = new TaggerTrainer(epochs, bits, Trainer.Seed).Train(train, null, TextWriter.Null);
        int words = 0, upos = 0, xpos = 0;
        foreach (TreebankSentence sentence in dev)
        {
            int[] classes = new int[sentence.Words.Length];
            tagger.Tag(sentence.Text, sentence.Words, classes);
            for (int i = 0; i < classes.Length; i++, words++)
            {
                if (tagger.Upos[classes[i]] == sentence.Source.Words[i].Upos) upos++;
                if (tagger.Xpos[classes[i]] == sentence.Source.Words[i].Xpos) xpos++;
            }
        }
        Console.WriteLine($"bits {bits} epochs {epochs}: dev UPOS {100.0 * upos / words:F2} % XPOS {100.0 * xpos / words:F2} % ({watch.Elapsed.TotalSeconds:F0} s)");
        return 0;
    }
}
