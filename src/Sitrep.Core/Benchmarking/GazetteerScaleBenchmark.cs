using System.Collections.Immutable;
using System.Diagnostics;
using Sitrep.Geo;
using Sitrep.Geo.Import;
using Sitrep.Geo.Storage;

namespace Sitrep.Benchmarking;

/// <summary>What the gazetteer cost at one size: import, load, memory and lookup times.</summary>
public sealed record GazetteerScaleResult(
    long NamesRequested,
    long NamesWritten,
    int DistinctNames,
    int Entries,
    TimeSpan Import,
    TimeSpan Load,
    TimeSpan LoadCpu,
    long ManagedBytes,
    long WorkingSetBytes,
    double LookupNanoseconds,
    double MissNanoseconds,
    double CandidatesNanoseconds,
    NameIndexLayout Index,
    LoadCollections LoadGc);

/// <summary>
/// The garbage collections that fell inside a load, per generation (a gen-2 collection counts in
/// gen 1 and 0 too), and the time they paused the process: a load allocates its entries and
/// strings all at once and they all survive, so collections are a large, variable part of it.
/// </summary>
public sealed record LoadCollections(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static LoadCollections Since(LoadCollections before) =>
        new(GC.CollectionCount(0) - before.Gen0, GC.CollectionCount(1) - before.Gen1, GC.CollectionCount(2) - before.Gen2, GC.GetTotalPauseDuration() - before.Pause);

    public static LoadCollections Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
}

/// <summary>What loading one gazetteer folder cost, from gazetteer.bin or from its TSVs.</summary>
public sealed record GazetteerLoadMeasurement(string Source, int Entries, int DistinctNames, TimeSpan Load, TimeSpan LoadCpu, long ManagedBytes, long WorkingSetBytes);

/// <summary>
/// Measures the gazetteer at growing sizes: writes a synthetic GeoNames file of N names into a work
/// folder, imports it with <see cref="GeoNamesImporter"/>, loads it, and times lookups of names it
/// holds and of names it lacks. Lookup time should stay flat as N grows (a hash lookup per name).
/// </summary>
public sealed class GazetteerScaleBenchmark(string bundledGazetteer, string workDirectory)
{
    private const int AlternatesPerPlace = 3;
    private const int SampleSize = 100_000;
    private const int Lookups = 1_000_000;

    public ImmutableArray<GazetteerScaleResult> Run(IEnumerable<long> sizes, Action<GazetteerScaleResult>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var results = ImmutableArray.CreateBuilder<GazetteerScaleResult>();
        foreach (long size in sizes)
        {
            GazetteerScaleResult result = RunOne(size, cancellationToken);
            progress?.Invoke(result);
            results.Add(result);
        }
        return results.ToImmutable();
    }

    /// <summary>
    /// Loads the bundled gazetteer from gazetteer.bin (compiling it first when absent or stale) and
    /// then from its TSVs alone. Run it first in a fresh process: the binary load then includes the
    /// JIT work a real start pays, and the working set is the gazetteer's, not earlier runs'.
    /// </summary>
    public ImmutableArray<GazetteerLoadMeasurement> MeasureBundledLoad()
    {
        string binary = Path.Combine(bundledGazetteer, GazetteerBinary.FileName);
        if (!GazetteerBinary.IsCurrent(binary, GazetteerFingerprint.Of(bundledGazetteer)))
        {
            GazetteerCompileResult compiled = GazetteerCompiler.Compile(bundledGazetteer);
            if (!compiled.Succeeded) throw new InvalidDataException(string.Join(Environment.NewLine, compiled.Problems));
        }
        return [Measure("bundled, gazetteer.bin", () => GazetteerLoader.Load(bundledGazetteer)), Measure("bundled, TSV", () => GazetteerLoader.LoadSources(bundledGazetteer))];
    }

    private static GazetteerLoadMeasurement Measure(string source, Func<GazetteerLoadResult> load)
    {
        GC.Collect();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Gazetteer gazetteer = load().GetOrThrow();
        TimeSpan wall = clock.Elapsed;
        TimeSpan loadCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        long workingSet = Process.GetCurrentProcess().WorkingSet64;
        long managed = GC.GetTotalMemory(forceFullCollection: true) - before;
        var measured = new GazetteerLoadMeasurement(source, gazetteer.Entries.Length, gazetteer.NameCount, wall, loadCpu, managed, workingSet);
        GC.KeepAlive(gazetteer);
        return measured;
    }

    private GazetteerScaleResult RunOne(long names, CancellationToken cancellationToken)
    {
        string folder = Path.Combine(workDirectory, $"scale-{names}");
        Directory.CreateDirectory(folder);
        try
        {
            string source = Path.Combine(folder, "synthetic-allCountries.txt");
            IReadOnlyList<string> sample = SyntheticGeoNames.Write(source, names, AlternatesPerPlace, seed: 6, SampleSize);
            var clock = Stopwatch.StartNew();
            GeoNamesImportResult imported = GeoNamesImporter.Import(new GeoNamesImportRequest
            {
                PlacesPath = source, OutputDirectory = Path.Combine(folder, "gazetteer"), TemplateDirectory = bundledGazetteer,
            }, cancellationToken);
            TimeSpan import = clock.Elapsed;
            if (!imported.Succeeded) throw new InvalidDataException(string.Join(Environment.NewLine, imported.Problems));
            File.Delete(source);
            GC.Collect();
            long before = GC.GetTotalMemory(forceFullCollection: true);
            LoadCollections collections = LoadCollections.Now();
            clock.Restart();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            Gazetteer gazetteer = GazetteerLoader.Load(Path.Combine(folder, "gazetteer")).GetOrThrow();
            TimeSpan load = clock.Elapsed;
            LoadCollections loadGc = LoadCollections.Since(collections);
            TimeSpan loadCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            long managed = GC.GetTotalMemory(forceFullCollection: true) - before;
            long workingSet = Process.GetCurrentProcess().WorkingSet64;
            string[] misses = [.. sample.Select(n => n + "qx")];
            var geocoder = new Geocoder(gazetteer);
            double hit = Time(sample, n => gazetteer.Lookup(n).Count);
            double miss = Time(misses, n => gazetteer.Lookup(n).Count);
            double candidates = Time(sample, n => geocoder.Candidates(n, "MLI").Length, Lookups / 10);
            var result = new GazetteerScaleResult(names, imported.NamesWritten, gazetteer.NameCount, gazetteer.Entries.Length, import, load, loadCpu,
                managed, workingSet, hit, miss, candidates, gazetteer.NameIndex.Layout(), loadGc);
            GC.KeepAlive(gazetteer);
            return result;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Processor nanoseconds per call, over many calls cycling through the names. Processor time
    /// rather than wall time, because on a shared machine the wall clock mostly measures the neighbours.
    /// </summary>
    private static double Time(IReadOnlyList<string> names, Func<string, int> lookup, int calls = Lookups)
    {
        int sink = 0;
        for (int i = 0; i < Math.Min(calls, 50_000); i++) sink += lookup(names[i % names.Count]);
        using var process = Process.GetCurrentProcess();
        TimeSpan start = process.TotalProcessorTime;
        for (int i = 0; i < calls; i++) sink += lookup(names[i % names.Count]);
        process.Refresh();
        double ns = (process.TotalProcessorTime - start).TotalNanoseconds / calls;
        GC.KeepAlive(sink);
        return ns;
    }
}
