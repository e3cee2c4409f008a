using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Errors;
using Sitrep.Events.Export;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep export --format acled-csv|geojson|jsonl|plover [filters] [--out FILE]`: write stored events for other tools.</summary>
internal static class ExportCommand
{
    // Events are read from the store a page at a time, so an export of any size streams.
    private const int PageSize = 5000;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Export format: {string.Join(", ", EventExporter.Names)}.",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. EventExporter.Names]);
        var output = new Option<string?>("--out", "-o") { Description = "File to write (replaced atomically when complete); standard output when absent." };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-3 country code, e.g. MLI." };
        var since = new Option<string?>("--since") { Description = "Events on or after this date (YYYY-MM-DD)." };
        var until = new Option<string?>("--until") { Description = "Events on or before this date (YYYY-MM-DD)." };
        var type = new Option<string?>("--type") { Description = "ACLED event type or sub-type, e.g. \"Battles\" or \"Armed clash\"." };
        var actor = new Option<string?>("--actor") { Description = "Part of an actor's name or alias." };
        var text = new Option<string?>("--text") { Description = "Part of the evidence text." };
        var limit = new Option<int?>("--limit") { Description = "Most events to export (default: all)." };
        var command = new Command("export", "Export stored events as ACLED CSV, GeoJSON, JSON lines or PLOVER.")
        {
            db, format, output, country, since, until, type, actor, text, limit,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            int? max = parsed.GetValue(limit);
            if (max is <= 0) throw new UsageException($"--limit must be positive, not {max}");
            var query = new EventQuery
            {
                Country = parsed.GetValue(country),
                Since = CommonOptions.ParseDate(parsed.GetValue(since), "--since"),
                Until = CommonOptions.ParseDate(parsed.GetValue(until), "--until"),
                EventType = parsed.GetValue(type),
                Actor = parsed.GetValue(actor),
                Text = parsed.GetValue(text),
                Limit = PageSize,
            };
            if (query.Validate() is Problem problem) throw new UsageException($"--{problem.Subject}: {problem.Message}");
            var request = new ExportRequest(
                parsed.GetValue(db) ?? context.DefaultStorePath, EventExporter.Parse(parsed.GetValue(format))!.Value,
                query, max, parsed.GetValue(output));
            return Task.FromResult(Run(context, request, cancellationToken));
        });
        return command;
    }

    private static int Run(CliContext context, ExportRequest request, CancellationToken cancellationToken)
    {
        if (!File.Exists(request.StorePath))
        {
            context.Error.WriteLine($"{request.StorePath}: no event store here yet; run 'sitrep ingest' first or pass --db");
            return SitrepCommandLine.SomeInputsFailed;
        }
        if (request.OutputPath is string outPath && Path.GetDirectoryName(Path.GetFullPath(outPath)) is string folder && !Directory.Exists(folder))
        {
            context.Error.WriteLine($"{outPath}: {ErrorCodes.FileNotFound.Code}: the folder {folder} does not exist");
            return SitrepCommandLine.SomeInputsFailed;
        }
        using IEventStore? store = StoreOpener.Open(context, request.StorePath);
        if (store is null) return SitrepCommandLine.SomeInputsFailed;
        var options = new AcledExportOptions { Countries = AcledCountryTable.LoadEmbedded(), Timestamp = DateTimeOffset.UtcNow };
        IEnumerable<StoredEvent> events = Pages(store, request.Query, request.Limit);
        int written;
        try
        {
            written = Write(context, request, events, options, cancellationToken);
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine(ex.ToProblem());
            return SitrepCommandLine.SomeInputsFailed;
        }
        catch (Exception ex) when (request.OutputPath is not null && ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{request.OutputPath}: {ErrorCodes.AccessDenied.Code}: cannot write the export: {ex.Message}");
            return SitrepCommandLine.SomeInputsFailed;
        }
        context.Error.WriteLine($"{written} event(s) exported as {EventExporter.Name(request.Format)}{(request.OutputPath is null ? "" : " to " + request.OutputPath)}");
        return SitrepCommandLine.Success;
    }

    private static int Write(CliContext context, ExportRequest request, IEnumerable<StoredEvent> events, AcledExportOptions options, CancellationToken cancellationToken)
    {
        if (request.OutputPath is string path)
            return AtomicFile.Write(path, stream => StoredEventExport.Write(stream, request.Format, events, options, cancellationToken));
        using var stream = new TextWriterStream(context.Output);
        return StoredEventExport.Write(stream, request.Format, events, options, cancellationToken);
    }

    /// <summary>Every matching event, read a page at a time, up to <paramref name="limit"/> when one is given.</summary>
    private static IEnumerable<StoredEvent> Pages(IEventStore store, EventQuery query, int? limit)
    {
        int taken = 0;
        for (int offset = 0; ; offset += query.Limit)
        {
            IReadOnlyList<StoredEvent> page = store.QueryEvents(query with { Offset = offset });
            foreach (StoredEvent e in page)
            {
                if (taken == limit) yield break;
                taken++;
                yield return e;
            }
            if (page.Count < query.Limit) yield break;
        }
    }

    private sealed record ExportRequest(string StorePath, ExportFormat Format, EventQuery Query, int? Limit, string? OutputPath);
}
