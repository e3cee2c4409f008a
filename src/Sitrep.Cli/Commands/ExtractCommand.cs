using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Cli.Processing;
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
        var command = new Command("extract", "Extract coded events from articles and print them.") { paths, format, published, maxBytes };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(context,
            parsed.GetValue(paths)!, parsed.GetValue(format)!, CommonOptions.ReaderOptions(parsed, published, maxBytes), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string format, ReaderOptions readerOptions, CancellationToken cancellationToken)
    {
        SitrepResources? resources = CliResources.Load(context);
        if (resources is null) return SitrepCommandLine.SomeInputsFailed;
        var processor = new InputProcessor(new DocumentReader(readerOptions), SitrepPipeline.CreateDefault(resources));
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
