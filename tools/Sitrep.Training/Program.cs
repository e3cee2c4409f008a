namespace Sitrep.Training;

/// <summary>Trains and scores Sitrep's linguistic models from a UD treebank; see scripts/train-models.sh.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0) return Usage();
        return args[0] switch
        {
            "tokenize-eval" when args.Length >= 3 => TokenizationReport.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0),
            "train" when args.Length >= 3 => Trainer.Run(args[1], args[2], Console.Out),
            "train-parser" when args.Length >= 3 => Trainer.TrainParser(args[1], args[2],
                args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : Trainer.ParserEpochs,
                args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : Trainer.TransitionBits, Console.Out),
            "parse-errors" when args.Length >= 3 => ParserErrors.Run(args[1], args[2]),
            "parse-gold-tags" when args.Length >= 3 => ParserCeiling.Run(args[1], args[2]),
            "train-tagger" when args.Length >= 3 => TaggerCommand.Run(args[1], args[2], Console.Out),
            "tagger-bench" when args.Length >= 3 => TaggerBench.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20),
            "tagger-profile" when args.Length >= 3 => TaggerProfile.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5),
            "parser-profile" when args.Length >= 3 => ParserProfile.Run(args[1], args[2], args.Length > 3 && int.TryParse(args[3], System.Globalization.CultureInfo.InvariantCulture, out int rounds) ? rounds : 5, args.Contains("--phases")),
            "parser-ab" when args.Length >= 3 => ParserAb.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10),
            "train-sentences" when args.Length >= 3 => Trainer.TrainSentences(args[1], args[2], Console.Out),
            "tune-tagger" when args.Length >= 4 => TaggerTuning.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 2, args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 20, args.Length > 6 ? args[6] : null),
            "eval" when args.Length >= 3 => Trainer.Evaluate(args[1], args[2]),
            "lemma-errors" when args.Length >= 3 => LemmaErrors.Run(args[1], args[2], args.Contains("--predicted"), Array.IndexOf(args, "--dump") is int d and >= 0 && d + 1 < args.Length ? args[d + 1] : null),
            "lemmatizer" when args.Length >= 3 => TrainLemmatizer(args[1], args[2]),
            "bench" when args.Length >= 3 => Bench.Run(args[1], args[2]),
            "tokenize" when args.Length >= 3 => ShowTokens(args[1], args[2]),
            _ => Usage(),
        };
    }

    private static int ShowTokens(string lexiconPath, string text)
    {
        var lexicon = Sitrep.Text.Tokens.TokenizerLexicon.Load(lexiconPath).Value!;
        var tokens = new Sitrep.Text.Tokens.Tokenizer(lexicon).Tokenize(text);
        Console.WriteLine(string.Join(" | ", tokens.Select(t => t.TextOf(text))));
        var sentences = new Sitrep.Text.Sentences.SentenceSplitter(lexicon).Split(text, tokens);
        foreach (var s in sentences) Console.WriteLine("S: " + s.TextOf(text));
        return 0;
    }

    private static int TrainLemmatizer(string treebankDir, string modelsDir)
    {
        var sentences = Sitrep.Syntax.Training.TreebankSentence.Load(Path.Combine(treebankDir, "en_ewt-ud-train.conllu"));
        Sitrep.Syntax.Training.LemmatizerTrainer.Train(sentences).Save(Path.Combine(modelsDir, Sitrep.Syntax.Models.LanguageModels.LemmatizerFile));
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: sitrep-train train TREEBANK_DIR MODELS_DIR | train-parser TREEBANK_DIR MODELS_DIR [EPOCHS [BITS]] | train-tagger TREEBANK_DIR MODELS_DIR | tagger-bench FILE.conllu MODELS_DIR [ROUNDS] | tune-tagger TREEBANK_DIR BITS EPOCHS [LEXICON_MIN [RESTRICT_MIN [MODELS_DIR]]] | eval FILE.conllu MODELS_DIR | parse-gold-tags FILE.conllu MODELS_DIR | parse-errors FILE.conllu MODELS_DIR | parser-profile FILE.conllu MODELS_DIR [ROUNDS] [--phases] | parser-ab ARTICLES_DIR MODELS_DIR [ROUNDS] | tokenize-eval FILE.conllu LEXICON [ERRORS] | tokenize LEXICON TEXT");
        return 2;
    }
}
