using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Cli.Processing;
using Sitrep.Events.Extraction;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep extract PATH...`: read articles, extract events, print one record per document.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format("json", "json", "jsonl", "table", "csv");
        var published = CommonOptions.Published();
        var maxBytes = CommonOptions.MaxBytes();
        var background = new Option<bool>("--include-background")
        {
            Description = "Also report events the article tells as past context, flagged background and dated when they happened.",
        };
        var aggregates = new Option<bool>("--include-aggregates")
        {
            Description = "Also report summaries of many incidents (\"hundreds killed since the fighting began\"), flagged aggregate.",
        };
        var command = new Command("extract", "Extract coded events from articles and print them.") { paths, format, published, maxBytes, background, aggregates };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(context,
            parsed.GetValue(paths)!, parsed.GetValue(format)!, CommonOptions.ReaderOptions(parsed, published, maxBytes),
            new EventExtractorOptions { IncludeBackground = parsed.GetValue(background), IncludeAggregates = parsed.GetValue(aggregates) },
            cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string format, ReaderOptions readerOptions, EventExtractorOptions events,
        CancellationToken cancellationToken)
    {
        SitrepResources? resources = CliResources.Load(context);
        if (resources is null) return SitrepCommandLine.SomeInputsFailed;
        var processor = new InputProcessor(new DocumentReader(readerOptions), SitrepPipeline.CreateDefault(resources, events: events));
        using var progress = new ProgressReporter(context.Error, context.ErrorIsTerminal, expectedFiles: null);
        using var writer = DocumentRecordWriter.Create(format, context.Output);
        bool anyFailed = false;
        foreach (ProcessedInput input in processor.Process(paths, progress, cancellationToken))
        {
            foreach (var problem in input.Problems) context.Error.WriteLine(problem);
            anyFailed |= input.Failed;
            writer.Write(input);
        }
        return anyFailed ? SitrepCommandLine.SomeInputsFailed : SitrepCommandLine.Success;
    }
}
