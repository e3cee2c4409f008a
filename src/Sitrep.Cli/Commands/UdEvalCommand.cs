using System.CommandLine;
using Sitrep.Pipeline;
using Sitrep.Syntax.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep ud-eval GOLD.conllu [--raw]`: re-tag and re-parse a treebank and score the linguistic core.</summary>
internal static class UdEvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("gold") { Description = "A CoNLL-U treebank file, e.g. ../shared/data/ud_english_ewt/en_ewt-ud-test.conllu." };
        var raw = new Option<bool>("--raw") { Description = "Score tokenization and sentence splitting from the raw text instead of tagging and parsing gold tokens." };
        var command = new Command("ud-eval", "Score the tokenizer, tagger, lemmatizer and parser against a CoNLL-U treebank.") { gold, raw };
        command.SetAction(parsed => Run(context, parsed.GetValue(gold)!, parsed.GetValue(raw)));
        return command;
    }

    private static int Run(CliContext context, string path, bool raw)
    {
        SitrepResources? resources = CliResources.Load(context);
        if (resources?.Language is null) return SitrepCommandLine.SomeInputsFailed;
        if (raw)
        {
            RawTextEvalResult result = new RawTextEvaluator(resources.Language).EvaluateFile(path);
            if (result.Problem is not null) { context.Error.WriteLine(result.Problem); return SitrepCommandLine.SomeInputsFailed; }
            context.Output.WriteLine(result.Scores);
            return SitrepCommandLine.Success;
        }
        UdEvalResult scores = new UdEvaluator(resources.Language).EvaluateFile(path);
        if (scores.Problem is not null) { context.Error.WriteLine(scores.Problem); return SitrepCommandLine.SomeInputsFailed; }
        context.Output.WriteLine(scores.Scores);
        return SitrepCommandLine.Success;
    }
}
