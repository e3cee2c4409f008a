using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Output;
using Sitrep.Cli.Processing;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Syntax.Conllu;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep annotate PATH... --layers a,b`: run just the stages that produce the asked layers and print them.</summary>
internal static class AnnotateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var layers = new Option<string>("--layers", "-l")
        {
            Description = "Comma-separated layers to print, e.g. tokens,sentences,pos,deps,time,numbers,places (an unknown name lists them all).",
            Required = true,
        };
        var format = CommonOptions.Format("json", "json", "jsonl", "conllu");
        var published = CommonOptions.Published();
        var maxBytes = CommonOptions.MaxBytes();
        var command = new Command("annotate", "Print annotation layers (spans with character offsets into the text).") { paths, layers, format, published, maxBytes };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(context, parsed.GetValue(paths)!, parsed.GetValue(layers)!,
            parsed.GetValue(format)!, CommonOptions.ReaderOptions(parsed, published, maxBytes), cancellationToken)));
        return command;
    }

    internal static IReadOnlyList<string> ParseLayers(string value, IReadOnlyList<string> known)
    {
        string[] requested = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] unknown = requested.Where(l => !known.Contains(l)).ToArray();
        if (unknown.Length > 0)
            throw new UsageException($"unknown layer{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}; known layers: {string.Join(", ", known)}");
        if (requested.Length == 0)
            throw new UsageException($"--layers names no layer; known layers: {string.Join(", ", known)}");
        return requested;
    }

    private static int Run(CliContext context, string[] paths, string layerList, string format, ReaderOptions readerOptions, CancellationToken cancellationToken)
    {
        SitrepResources? resources = CliResources.Load(context);
        if (resources is null) return SitrepCommandLine.SomeInputsFailed;
        IReadOnlyList<string> layers = ParseLayers(layerList, SitrepPipeline.KnownLayers(resources));
        if (format == "conllu") return RunConllu(context, paths, resources, readerOptions, cancellationToken);
        var processor = new InputProcessor(new DocumentReader(readerOptions), SitrepPipeline.ForLayers(resources, layers));
        using var progress = new ProgressReporter(context.Error, context.ErrorIsTerminal, expectedFiles: null);
        bool lines = format == "jsonl";
        bool anyFailed = false, first = true;
        if (!lines) context.Output.Write('[');
        using var buffer = new MemoryStream();
        foreach (ProcessedInput input in processor.Process(paths, progress, cancellationToken))
        {
            foreach (var problem in input.Problems) context.Error.WriteLine(problem);
            anyFailed |= input.Failed;
            foreach (ProcessedItem item in input.Items.Where(i => i.Failure is null))
            {
                buffer.SetLength(0);
                using (var json = new Utf8JsonWriter(buffer, DocumentRecordWriter.JsonOptions(indented: !lines)))
                {
                    WriteRecord(json, input, item.Document, layers);
                }
                if (!lines) context.Output.Write(first ? "\n" : ",\n");
                context.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                if (lines) context.Output.Write('\n');
                first = false;
            }
        }
        if (!lines) context.Output.Write(first ? "]\n" : "\n]\n");
        return anyFailed ? SitrepCommandLine.SomeInputsFailed : SitrepCommandLine.Success;
    }

    /// <summary>CoNLL-U needs every syntactic layer, whatever --layers names.</summary>
    private static int RunConllu(CliContext context, string[] paths, SitrepResources resources, ReaderOptions readerOptions, CancellationToken cancellationToken)
    {
        var processor = new InputProcessor(new DocumentReader(readerOptions), SitrepPipeline.ForLayers(resources, ["deps"]));
        using var progress = new ProgressReporter(context.Error, context.ErrorIsTerminal, expectedFiles: null);
        bool anyFailed = false;
        foreach (ProcessedInput input in processor.Process(paths, progress, cancellationToken))
        {
            foreach (var problem in input.Problems) context.Error.WriteLine(problem);
            anyFailed |= input.Failed;
            foreach (ProcessedItem item in input.Items.Where(i => i.Failure is null))
            {
                context.Output.WriteLine($"# doc = {Path.GetFileName(input.File.Path)}");
                ConlluWriter.Write(item.Document, context.Output);
            }
        }
        return anyFailed ? SitrepCommandLine.SomeInputsFailed : SitrepCommandLine.Success;
    }

    private static void WriteRecord(Utf8JsonWriter json, ProcessedInput input, Document document, IReadOnlyList<string> layers)
    {
        json.WriteStartObject();
        json.WriteString("doc", Path.GetFileName(input.File.Path));
        json.WriteString("id", document.Id.Value);
        if (document.Metadata.Published is DateOnly published) json.WriteString("published", published.ToString("yyyy-MM-dd"));
        else json.WriteNull("published");
        json.WriteString("text", document.Text);
        json.WriteStartObject("layers");
        foreach (string name in layers)
        {
            if (document[name] is AnnotationLayer layer) LayerJsonWriter.WriteLayer(json, document, layer);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
