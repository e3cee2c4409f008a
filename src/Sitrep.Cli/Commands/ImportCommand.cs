using System.CommandLine;
using Sitrep.Storage;
using Sitrep.Storage.Json;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep import FILE.jsonl [--db FILE]`: load events exported with `sitrep events --format jsonl`.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "JSON lines written by 'sitrep events --format jsonl'." };
        var db = CommonOptions.Database();
        var command = new Command("import", "Import exported events (JSON lines) into the event store; the whole file or nothing.") { file, db };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(context, parsed.GetValue(file)!,
            parsed.GetValue(db) ?? context.DefaultStorePath, cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string path, string storePath, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"{path}: {Errors.ErrorCodes.FileNotFound.Code}: no such file");
            return SitrepCommandLine.SomeInputsFailed;
        }
        StoredEventReadResult read;
        using (var reader = new StreamReader(path))
        {
            read = StoredEventJsonReader.Read(reader, path);
        }
        // A file with any bad line is refused whole, so a store never holds half an export.
        if (read.HasErrors)
        {
            foreach (var problem in read.Problems) context.Error.WriteLine(problem);
            context.Error.WriteLine($"{path}: nothing imported ({read.Problems.Length} bad line(s))");
            return SitrepCommandLine.SomeInputsFailed;
        }
        using IEventStore? store = StoreOpener.Open(context, storePath);
        if (store is null) return SitrepCommandLine.SomeInputsFailed;
        try
        {
            ImportResult result = store.ImportEvents(read.Events, cancellationToken);
            context.Output.WriteLine($"imported {result.EventsAdded} event(s), {result.EventsPresent} already stored; {storePath} now holds {store.CountEvents()} event(s)");
            return SitrepCommandLine.Success;
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine($"{path}: {ex.Code.Code}: {ex.Detail}");
            return SitrepCommandLine.SomeInputsFailed;
        }
    }
}
