using System.CommandLine;
using Sitrep.Benchmarking;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage.Benchmarking;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep bench [PATH] [--repeat N] [--threads N] [--layers a,b] [--json]`: pipeline throughput over a corpus; `--suite store [--events N]`: the event store.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string?>("path") { Arity = ArgumentArity.ZeroOrOne, Description = "Corpus file or directory (default: the bundled examples/)." };
        var repeat = new Option<int>("--repeat") { Description = "How many times to run the corpus.", DefaultValueFactory = _ => 200 };
        var threads = new Option<int>("--threads") { Description = "Threads for the parallel run (default 2: the issue targets one and two cores).", DefaultValueFactory = _ => 2 };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var layers = new Option<string?>("--layers") { Description = "Time only the stages producing these comma-separated layers (e.g. time), instead of the whole pipeline." };
        var suite = new Option<string>("--suite") { Description = "What to measure: pipeline (default) or store.", DefaultValueFactory = _ => "pipeline" };
        suite.AcceptOnlyFromAmong("pipeline", "store");
        var batch = new Option<int>("--batch") { Description = "Documents run stage by stage together (1: one document at a time).", DefaultValueFactory = _ => DocumentPipeline.DefaultBatchSize };
        var events = new Option<int>("--events") { Description = "Store suite: events to insert before timing queries.", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("bench", "Measure pipeline throughput, per-stage time and memory; or (--suite store) event store insert, query and dedup speed.")
        {
            path, repeat, threads, json, layers, suite, events, batch,
        };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(parsed.GetValue(suite) == "store"
            ? RunStore(context, parsed.GetValue(path), parsed.GetValue(events), cancellationToken)
            : Run(context, parsed.GetValue(path), parsed.GetValue(repeat), parsed.GetValue(threads), parsed.GetValue(json), parsed.GetValue(layers), parsed.GetValue(batch), cancellationToken)));
        return command;
    }

    /// <summary>The store suite works in PATH (a directory, default the system temp folder) and removes its files afterwards.</summary>
    private static int RunStore(CliContext context, string? path, int events, CancellationToken cancellationToken)
    {
        if (events < 1) throw new UsageException($"--events must be at least 1, not {events}");
        string directory = path ?? Path.GetTempPath();
        if (!Directory.Exists(directory)) throw new UsageException($"{directory}: the store suite needs PATH to be an existing directory");
        var rows = StoreBenchmark.Run(directory, events, queryRepeats: 21, cancellationToken);
        StoreBenchmark.WriteTable(context.Output, rows);
        return SitrepCommandLine.Success;
    }

    private static int Run(CliContext context, string? path, int repeat, int threads, bool json, string? layerList, int batch, CancellationToken cancellationToken)
    {
        if (batch < 1) throw new UsageException($"--batch must be at least 1, not {batch}");
        if (repeat < 1) throw new UsageException($"--repeat must be at least 1, not {repeat}");
        if (threads < 1) throw new UsageException($"--threads must be at least 1, not {threads}");
        string corpusPath = path ?? DefaultCorpus();
        var reader = new DocumentReader(new ReaderOptions());
        var corpus = new List<Document>();
        foreach (FileReadResult file in reader.ReadPaths([corpusPath], cancellationToken))
        {
            foreach (var problem in file.Problems) context.Error.WriteLine(problem);
            corpus.AddRange(file.Documents);
        }
        if (corpus.Count == 0)
        {
            context.Error.WriteLine($"{corpusPath}: no documents to benchmark");
            return SitrepCommandLine.SomeInputsFailed;
        }
        SitrepResources? resources = CliResources.Load(context);
        if (resources is null) return SitrepCommandLine.SomeInputsFailed;
        DocumentPipeline pipeline = layerList is null ? SitrepPipeline.CreateDefault(resources) : new DocumentPipeline(StagesFor(Layers(layerList, resources), resources));
        BenchmarkReport report = new PipelineBenchmark(pipeline, batch).Run(corpus, repeat, threads, cancellationToken);
        if (json)
        {
            using var buffer = new MemoryStream();
            BenchmarkReportWriter.WriteJson(buffer, report);
            context.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            BenchmarkReportWriter.WriteTable(context.Output, report);
        }
        return SitrepCommandLine.Success;
    }

    private static string[] Layers(string list, SitrepResources resources)
    {
        string[] names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        IReadOnlyList<string> known = SitrepPipeline.KnownLayers(resources);
        string[] unknown = [.. names.Where(n => !known.Contains(n, StringComparer.Ordinal))];
        if (names.Length == 0 || unknown.Length > 0)
            throw new UsageException($"--layers: unknown or no layer '{string.Join(", ", unknown)}'; known layers: {string.Join(", ", known)}");
        return names;
    }

    /// <summary>
    /// The stages producing the layers and, transitively, the layers those stages require, in
    /// pipeline order: `--layers time` times the temporal tagger alone, not the parser before it.
    /// </summary>
    private static List<IPipelineStage> StagesFor(IEnumerable<string> layers, SitrepResources resources)
    {
        var needed = new HashSet<string>(layers, StringComparer.Ordinal);
        IReadOnlyList<IPipelineStage> all = SitrepPipeline.AllStages(resources);
        var kept = new List<IPipelineStage>();
        for (int i = all.Count - 1; i >= 0; i--)
        {
            if (!all[i].Produces.Any(k => needed.Contains(k.Name))) continue;
            kept.Insert(0, all[i]);
            foreach (ILayerKey required in all[i].Requires) needed.Add(required.Name);
        }
        return kept;
    }

    /// <summary>The examples folder of the checkout the CLI runs from.</summary>
    private static string DefaultCorpus() =>
        SitrepResources.FindCheckoutFolder("examples")
        ?? throw new UsageException("no corpus given and no bundled examples/ folder found above the program; pass a PATH");
}
