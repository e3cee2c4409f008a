using System.CommandLine;
using Sitrep.Evaluation;
using Sitrep.Evaluation.Floor;
using Sitrep.Evaluation.Reporting;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep eval DIR [--json] [--verbose] [--floor FILE]`: score extraction against gold files.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "A folder of NAME.txt articles with NAME.gold.json beside them." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every false positive and false negative with the reason it did not match." };
        var floor = new Option<string?>("--floor") { Description = "A floor file ({\"f1\": ...}); exit 1 when F1 falls below it." };
        var command = new Command("eval", "Score extraction against gold events (../shared/eval/GUIDELINES.md).") { directory, json, verbose, floor };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(context, parsed.GetValue(directory)!,
            parsed.GetValue(json), parsed.GetValue(verbose), parsed.GetValue(floor), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string directory, bool json, bool verbose, string? floorPath, CancellationToken cancellationToken)
    {
        EvaluationFloor? floor = null;
        if (floorPath is not null)
        {
            FloorReadResult loaded = EvaluationFloor.Load(floorPath);
            foreach (var problem in loaded.Problems) context.Error.WriteLine(problem);
            if (loaded.Floor is null) return SitrepCommandLine.SomeInputsFailed;
            floor = loaded.Floor;
        }
        if (!Directory.Exists(directory))
        {
            context.Error.WriteLine($"{directory}: {Errors.ErrorCodes.FileNotFound.Code}: the evaluation folder does not exist");
            return SitrepCommandLine.SomeInputsFailed;
        }

        var reader = new DocumentReader(new ReaderOptions());
        SitrepResources? resources = CliResources.Load(context);
        if (resources is null) return SitrepCommandLine.SomeInputsFailed;
        DocumentPipeline pipeline = SitrepPipeline.CreateDefault(resources);
        bool extractionFailed = false;
        IReadOnlyList<ConflictEvent> Extract(string path)
        {
            FileReadResult file = reader.ReadFile(path, cancellationToken);
            foreach (var problem in file.Problems) context.Error.WriteLine(problem);
            extractionFailed |= file.HasErrors;
            var events = new List<ConflictEvent>();
            foreach (var document in file.Documents)
            {
                PipelineResult result = pipeline.Run(document, cancellationToken);
                if (result.Failure is not null)
                {
                    context.Error.WriteLine(result.Failure.ToProblem(path));
                    extractionFailed = true;
                }
                events.AddRange(result.Document.Get(EventLayers.Events));
            }
            return events;
        }

        EvaluationReport report = EvaluationRunner.Run(directory, Extract, cancellationToken);
        var writer = new EvaluationReportWriter(report);
        writer.WriteProblems(context.Error);
        if (json) writer.WriteJson(context.Output, includeDetails: verbose);
        else
        {
            writer.WriteTable(context.Output);
            if (verbose)
            {
                context.Output.WriteLine();
                writer.WriteVerbose(context.Output);
            }
        }

        if (floor is not null)
        {
            FloorCheck check = floor.Check(report);
            string verdict = check.BelowFloor ? "BELOW the floor" : "meets the floor";
            context.Error.WriteLine($"regression guard: F1 {check.F1:0.0000} {verdict} {check.Floor:0.0000} ({floorPath})");
            if (check.BelowFloor) return SitrepCommandLine.SomeInputsFailed;
        }
        return extractionFailed || report.Problems.Any(p => p.IsError) ? SitrepCommandLine.SomeInputsFailed : SitrepCommandLine.Success;
    }
}
