using System.CommandLine;
using Sitrep.Benchmarking;
using Sitrep.Geo.Import;
using Sitrep.Geo.Storage;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>
/// `sitrep gazetteer import allCountries.txt|XX.txt [--alternate-names F] [--admin F] [--out DIR]`:
/// builds a gazetteer folder from GeoNames dumps, for --gazetteer DIR or $SITREP_GAZETTEER.
/// </summary>
internal static class GazetteerCommand
{
    public static Command Create(CliContext context)
    {
        var places = new Argument<string>("places") { Description = "GeoNames main table: allCountries.txt, a country file such as NG.txt, or cities500.txt." };
        var alternates = new Option<string?>("--alternate-names") { Description = "alternateNamesV2.txt, for the names in other spellings and languages." };
        var admin = new Option<string?>("--admin") { Description = "admin1CodesASCII.txt, for admin1 names (else taken from the ADM1 lines)." };
        var output = new Option<string>("--out") { Description = "Folder to write the gazetteer to.", DefaultValueFactory = _ => "gazetteer" };
        var import = new Command("import", "Build a gazetteer from GeoNames dump files (bad lines are reported with their line number and skipped).")
            { places, alternates, admin, output };
        import.SetAction((parsed, cancellationToken) => Task.FromResult(Import(context, new GeoNamesImportRequest
        {
            PlacesPath = parsed.GetValue(places)!, AlternateNamesPath = parsed.GetValue(alternates), Admin1CodesPath = parsed.GetValue(admin),
            OutputDirectory = parsed.GetValue(output)!, TemplateDirectory = BundledGazetteer(),
        }, cancellationToken)));
        return new Command("gazetteer", "Manage gazetteers.") { import, Compile(context), Bench(context) };
    }

    private static Command Compile(CliContext context)
    {
        var folder = new Argument<string?>("folder") { Description = "Gazetteer folder (default: the bundled data/gazetteer).", Arity = ArgumentArity.ZeroOrOne };
        var compile = new Command("compile", "Write gazetteer.bin (entries and name index) from a gazetteer folder's TSV files, so that it loads fast.") { folder };
        compile.SetAction(parsed =>
        {
            GazetteerCompileResult result = GazetteerCompiler.Compile(parsed.GetValue(folder) ?? BundledGazetteer());
            foreach (var problem in result.Problems) context.Error.WriteLine(problem);
            if (!result.Succeeded) return SitrepCommandLine.SomeInputsFailed;
            context.Output.WriteLine($"{result.BinaryPath}: {result.Entries} entries, {result.Names} names");
            return SitrepCommandLine.Success;
        });
        return compile;
    }

    private static Command Bench(CliContext context)
    {
        var sizes = new Option<string>("--names")
        {
            Description = "Comma-separated gazetteer sizes in names (a place's alternate names count).",
            DefaultValueFactory = _ => "150000,1000000,4000000,12000000",
        };
        var work = new Option<string?>("--work") { Description = "Folder for the synthetic GeoNames files (default: the system temp folder); each is deleted after its run." };
        var bench = new Command("bench", "Import, load and look up synthetic GeoNames gazetteers of growing size: load time, memory and lookup time per size.") { sizes, work };
        bench.SetAction((parsed, cancellationToken) => Task.FromResult(RunBench(context, parsed.GetValue(sizes)!, parsed.GetValue(work), cancellationToken)));
        return bench;
    }

    private static int RunBench(CliContext context, string sizes, string? work, CancellationToken cancellationToken)
    {
        var names = new List<long>();
        foreach (string part in sizes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!long.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out long n) || n < 1000)
                throw new UsageException($"--names takes sizes of at least 1000, not '{part}'");
            names.Add(n);
        }
        string folder = Path.Combine(work ?? Path.GetTempPath(), "sitrep-gazetteer-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            var benchmark = new GazetteerScaleBenchmark(BundledGazetteer(), folder);
            context.Output.WriteLine("load of\tentries\tdistinct keys\tload s\tload CPU s\tmanaged MB\tRSS MB");
            foreach (GazetteerLoadMeasurement m in benchmark.MeasureBundledLoad())
                context.Output.WriteLine($"{m.Source}\t{m.Entries}\t{m.DistinctNames}\t{m.Load.TotalSeconds:F2}\t{m.LoadCpu.TotalSeconds:F2}\t{m.ManagedBytes / 1048576.0:F0}\t{m.WorkingSetBytes / 1048576.0:F0}");
            context.Output.WriteLine();
            context.Output.WriteLine("names asked\tnames written\tdistinct keys\tentries\timport s\tload s\tload CPU s\tmanaged MB\tRSS MB\tlookup ns\tmiss ns\tcandidates ns\tbuckets MB\ttags MB\tlong names\tfill\tbucket lines/hit\tbucket lines/miss\tlinks MB\tcandidates MB\tload GCs (gen 0/1/2)\tload GC pause ms");
            benchmark.Run(names, r => context.Output.WriteLine(
                $"{r.NamesRequested}\t{r.NamesWritten}\t{r.DistinctNames}\t{r.Entries}\t{r.Import.TotalSeconds:F1}\t{r.Load.TotalSeconds:F2}\t{r.LoadCpu.TotalSeconds:F2}\t" +
                $"{r.ManagedBytes / 1048576.0:F0}\t{r.WorkingSetBytes / 1048576.0:F0}\t{r.LookupNanoseconds:F0}\t{r.MissNanoseconds:F0}\t{r.CandidatesNanoseconds:F0}\t" +
                $"{r.Index.BucketBytes / 1048576.0:F0}\t{r.Index.TagBytes / 1048576.0:F1}\t{r.Index.LongNames}\t{r.Index.Fill:F2}\t{r.Index.BucketsPerHit:F2}\t{r.Index.BucketsPerMiss:F2}\t" +
                $"{r.Index.LinkBytes / 1048576.0:F0}\t{r.Index.CandidateBytes / 1048576.0:F0}\t{r.LoadGc.Gen0}/{r.LoadGc.Gen1}/{r.LoadGc.Gen2}\t{r.LoadGc.Pause.TotalMilliseconds:F0}"),
                cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return SitrepCommandLine.Success;
    }

    private static int Import(CliContext context, GeoNamesImportRequest request, CancellationToken cancellationToken)
    {
        GeoNamesImportResult result = GeoNamesImporter.Import(request, cancellationToken);
        foreach (var problem in result.Problems) context.Error.WriteLine(problem);
        int unreported = result.BadLines - result.Problems.Count(p => p.Line is not null);
        if (unreported > 0) context.Error.WriteLine($"... and {unreported} more bad lines");
        if (!result.Succeeded) return SitrepCommandLine.SomeInputsFailed;
        context.Output.WriteLine(result);
        context.Output.WriteLine($"gazetteer written to {Path.GetFullPath(request.OutputDirectory)}; use it with --gazetteer {request.OutputDirectory} or ${CliContext.GazetteerEnvironmentVariable}");
        return SitrepCommandLine.Success;
    }

    private static string BundledGazetteer() =>
        SitrepResources.FindDataDirectory() is string data
            ? Path.Combine(data, "gazetteer")
            : throw new UsageException("no bundled data/gazetteer folder found beside the program or above it; it supplies the countries and shapes");
}
