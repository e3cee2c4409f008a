using System.Diagnostics;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Models;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Training;

namespace Sitrep.Training;

/// <summary>Trains every model from a UD treebank folder (train split; dev is only reported) into a models folder.</summary>
internal static class Trainer
{
    public const int Seed = 20261125;
    public const int TaggerEpochs = 10;
    public const int TaggerBits = 19;
    public const int TaggerLexiconMinCount = 1;
    // Scoring known words only over the classes seen with them cost 0.15 dev UPOS (min count 20 or 100), so none are.
    public const int TaggerRestrictMinCount = 1000000;
    // Dev UAS peaks around epoch 8 (82.79 %) and stays flat after it (82.75 % at 12).
    public const int ParserEpochs = 8;
    public const int TransitionBits = 20;
    public const int LabelBits = 17;
    public const int SentenceEpochs = 8;
    public const int SentenceBits = 18;

    /// <summary>The tagger trainer with the settings chosen on dev (see data/models/README.md).</summary>
    public static TaggerTrainer NewTaggerTrainer() => new(TaggerEpochs, TaggerBits, Seed, lexiconMinCount: TaggerLexiconMinCount, restrictMinCount: TaggerRestrictMinCount);

    public static int Run(string treebankDir, string modelsDir, TextWriter log)
    {
        string train = Path.Combine(treebankDir, "en_ewt-ud-train.conllu");
        string dev = Path.Combine(treebankDir, "en_ewt-ud-dev.conllu");
        var watch = Stopwatch.StartNew();
        var trainSentences = TreebankSentence.Load(train);
        log.WriteLine($"read {trainSentences.Count} training sentences in {watch.Elapsed.TotalSeconds:F1} s");

        if (TrainSentences(treebankDir, modelsDir, log) != 0) return 1;
        log.WriteLine($"sentence boundaries ({watch.Elapsed.TotalSeconds:F1} s)");

        var lemmatizer = LemmatizerTrainer.Train(trainSentences);
        lemmatizer.Save(Path.Combine(modelsDir, LanguageModels.LemmatizerFile));
        log.WriteLine($"lemmatizer: {lemmatizer.Exceptions.Count} exceptions, {lemmatizer.Rules.Count} rules ({watch.Elapsed.TotalSeconds:F1} s)");

        var tagger = NewTaggerTrainer().Train(trainSentences, null, log);
        tagger.Save(Path.Combine(modelsDir, LanguageModels.TaggerFile));
        log.WriteLine($"tagger: {tagger.Classes} classes, {tagger.Lexicon.Words.Count} lexicon words, {tagger.Weights.Rows} weight rows ({watch.Elapsed.TotalSeconds:F1} s)");

        // The parser learns from the tags of the saved (half-float) tagger, as train-parser and parse time see them.
        var savedTagger = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.TaggerFile), Sitrep.Syntax.Tagging.TaggerModel.Read);
        if (savedTagger.Value is null) { Console.Error.WriteLine(savedTagger.Problem); return 1; }
        if (TrainParser(treebankDir, modelsDir, savedTagger.Value, trainSentences, ParserEpochs, TransitionBits, log) != 0) return 1;
        log.WriteLine($"parser ({watch.Elapsed.TotalSeconds:F1} s)");

        return File.Exists(dev) ? Evaluate(dev, modelsDir) : 0;
    }

    /// <summary>Trains the parser alone, on the tags of the tagger already in <paramref name="modelsDir"/>.</summary>
    public static int TrainParser(string treebankDir, string modelsDir, int epochs, int transitionBits, TextWriter log)
    {
        var tagger = LanguageModels.ReadBinary(Path.Combine(modelsDir, LanguageModels.TaggerFile), Sitrep.Syntax.Tagging.TaggerModel.Read);
        if (tagger.Value is null) { Console.Error.WriteLine(tagger.Problem); return 1; }
        var trainSentences = TreebankSentence.Load(Path.Combine(treebankDir, "en_ewt-ud-train.conllu"));
        if (TrainParser(treebankDir, modelsDir, tagger.Value, trainSentences, epochs, transitionBits, log) != 0) return 1;
        string dev = Path.Combine(treebankDir, "en_ewt-ud-dev.conllu");
        return File.Exists(dev) ? Evaluate(dev, modelsDir) : 0;
    }

    private static int TrainParser(string treebankDir, string modelsDir, Sitrep.Syntax.Tagging.TaggerModel tagger, List<TreebankSentence> trainSentences,
        int epochs, int transitionBits, TextWriter log)
    {
        string dev = Path.Combine(treebankDir, "en_ewt-ud-dev.conllu");
        Func<ParserModel, string>? devScore = null;
        if (Environment.GetEnvironmentVariable("SITREP_TRAIN_DEV") == "1" && File.Exists(dev))
        {
            var devSentences = TreebankSentence.Load(dev);
            devScore = model => DevScores(model, tagger, devSentences);
        }
        // Jackknifed tags (4 folds) measured no better on dev than the final tagger's own tags, at 3x the
        // cost (rechecked with lifted trees: dev UAS 82.82 vs 82.79 after 8 epochs).
        var trainTags = trainSentences.Select(s =>
        {
            int[] classes = new int[s.Words.Length];
            tagger.Tag(s.Text, s.Words, classes);
            return classes;
        }).ToList();
        var parser = new ParserTrainer(epochs, transitionBits, LabelBits, Seed).Train(trainSentences, trainTags, log, devScore);
        parser.Save(Path.Combine(modelsDir, LanguageModels.ParserFile));
        log.WriteLine($"parser: {parser.Labels.Length} labels");
        return 0;
    }

    /// <summary>Trains the sentence-boundary classifier alone (it needs only the tokenizer lexicon).</summary>
    public static int TrainSentences(string treebankDir, string modelsDir, TextWriter log)
    {
        var lexicon = Sitrep.Text.Tokens.TokenizerLexicon.Load(Path.Combine(modelsDir, LanguageModels.TokenizerFile));
        if (lexicon.Value is null) { Console.Error.WriteLine(lexicon.Problem); return 1; }
        var read = Sitrep.Syntax.Conllu.ConlluReader.ReadFile(Path.Combine(treebankDir, "en_ewt-ud-train.conllu"));
        if (!read.Succeeded) { Console.Error.WriteLine(read.Problem); return 1; }
        var model = new SentenceBoundaryTrainer(SentenceEpochs, SentenceBits, Seed).Train(UdRawText.Build(read.Sentences), lexicon.Value, log);
        model.Save(Path.Combine(modelsDir, LanguageModels.SentenceFile));
        return 0;
    }

    private static string DevScores(ParserModel parser, Sitrep.Syntax.Tagging.TaggerModel tagger, List<TreebankSentence> dev)
    {
        var workspace = new Sitrep.Syntax.Parsing.ParserWorkspace();
        int words = 0, uas = 0, las = 0;
        foreach (TreebankSentence sentence in dev)
        {
            int n = sentence.Words.Length;
            int[] classes = new int[n], heads = new int[n], labels = new int[n];
            tagger.Tag(sentence.Text, sentence.Words, classes);
            parser.Parse(sentence.Text, sentence.Words, classes, workspace, heads, labels);
            for (int i = 0; i < n; i++, words++)
            {
                if (heads[i] != sentence.Source.Words[i].Head) continue;
                uas++;
                if (UdEvaluator.UniversalPart(parser.Labels[labels[i]]).SequenceEqual(UdEvaluator.UniversalPart(sentence.Source.Words[i].Relation))) las++;
            }
        }
        return $"dev UAS {100.0 * uas / words:F2} % LAS {100.0 * las / words:F2} %";
    }

    public static int Evaluate(string conllu, string modelsDir)
    {
        var watch = Stopwatch.StartNew();
        var models = LanguageModels.Load(modelsDir);
        if (models.Value is null) { Console.Error.WriteLine(models.Problem); return 1; }
        Console.WriteLine($"loaded models in {watch.Elapsed.TotalMilliseconds:F0} ms");
        watch.Restart();
        var result = new UdEvaluator(models.Value).EvaluateFile(conllu);
        if (result.Scores is null) { Console.Error.WriteLine(result.Problem); return 1; }
        Console.WriteLine($"{Path.GetFileName(conllu)}: {result.Scores}  ({result.Scores.Words / watch.Elapsed.TotalSeconds:F0} words/s)");
        return 0;
    }
}
