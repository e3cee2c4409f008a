using Sitrep.Syntax.Lemmas;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;
using Sitrep.Syntax.Training;

namespace Sitrep.Tests.Syntax;

/// <summary>Models trained on the hand-written tiny treebank, shared by tests.</summary>
internal sealed record TrainedModels(TaggerModel Tagger, LemmatizerModel Lemmatizer, ParserModel Parser)
{
    public static string TinyTreebank => Path.Combine(AppContext.BaseDirectory, "Syntax", "Cases", "tiny.conllu");

    public static TrainedModels Tiny { get; } = Train(TinyTreebank);

    public static TrainedModels Train(string path)
    {
        var sentences = TreebankSentence.Load(path);
        var tagger = new TaggerTrainer(epochs: 5, bits: 12, seed: 1, minClassCount: 1).Train(sentences, null, TextWriter.Null);
        var lemmatizer = LemmatizerTrainer.Train(sentences);
        var parser = new ParserTrainer(epochs: 5, transitionBits: 12, labelBits: 12, seed: 1).Train(sentences, tagger, TextWriter.Null);
        return new TrainedModels(tagger, lemmatizer, parser);
    }
}
