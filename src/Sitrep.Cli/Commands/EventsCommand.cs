using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Output;
using Sitrep.Events;
using Sitrep.Events.Export;
using Sitrep.Storage;
using Sitrep.Storage.Json;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep events [filters]`: query the event store.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-3 country code, e.g. MLI." };
        var since = new Option<string?>("--since") { Description = "Events on or after this date (YYYY-MM-DD)." };
        var until = new Option<string?>("--until") { Description = "Events on or before this date (YYYY-MM-DD)." };
        var type = new Option<string?>("--type") { Description = "ACLED event type or sub-type, e.g. \"Battles\" or \"Armed clash\"." };
        var actor = new Option<string?>("--actor") { Description = "Part of an actor's name or alias." };
        var text = new Option<string?>("--text") { Description = "Part of the evidence text." };
        var limit = new Option<int>("--limit") { Description = "Most events to print.", DefaultValueFactory = _ => 1000 };
        var format = CommonOptions.Format("table", "table", "json", "jsonl", "csv");
        var command = new Command("events", "Query stored events.") { db, country, since, until, type, actor, text, limit, format };
        command.SetAction(parsed =>
        {
            var query = new EventQuery
            {
                Country = parsed.GetValue(country),
                Since = CommonOptions.ParseDate(parsed.GetValue(since), "--since"),
                Until = CommonOptions.ParseDate(parsed.GetValue(until), "--until"),
                EventType = parsed.GetValue(type),
                Actor = parsed.GetValue(actor),
                Text = parsed.GetValue(text),
                Limit = parsed.GetValue(limit),
            };
            return Run(context, parsed.GetValue(db) ?? context.DefaultStorePath, query, parsed.GetValue(format)!);
        });
        return command;
    }

    private static int Run(CliContext context, string storePath, EventQuery query, string format)
    {
        if (!File.Exists(storePath))
        {
            context.Error.WriteLine($"{storePath}: no event store here yet; run 'sitrep ingest' first or pass --db");
            return SitrepCommandLine.SomeInputsFailed;
        }
        using IEventStore? store = StoreOpener.Open(context, storePath);
        if (store is null) return SitrepCommandLine.SomeInputsFailed;
        IReadOnlyList<StoredEvent> events;
        try
        {
            events = store.QueryEvents(query);
        }
        catch (StoreException ex) when (ex.Code == Errors.ErrorCodes.InvalidQuery)
        {
            throw new UsageException($"--{ex.Subject}: {ex.Detail}");
        }
        Write(context.Output, events, format);
        if (format == "table") context.Error.WriteLine($"{events.Count} event(s) of {store.CountEvents()} in {storePath}");
        return SitrepCommandLine.Success;
    }

    private static void Write(TextWriter output, IReadOnlyList<StoredEvent> events, string format)
    {
        switch (format)
        {
            case "csv":
                EventCsvWriter.WriteHeader(output);
                foreach (StoredEvent e in events)
                    EventCsvWriter.WriteRow(output, e.Event, string.Join("; ", e.Sources.Select(s => s.Outlet ?? s.Url ?? s.Source).Distinct()), e.DocumentId);
                break;
            case "json":
                using (var stream = new TextWriterStream(output))
                {
                    using (var json = new Utf8JsonWriter(stream, StoredEventJsonWriter.Options(indented: true)))
                    {
                        json.WriteStartArray();
                        foreach (StoredEvent e in events) StoredEventJsonWriter.Write(json, e);
                        json.WriteEndArray();
                    }
                    stream.WriteByte((byte)'\n');
                }
                break;
            case "jsonl":
                using (var stream = new TextWriterStream(output))
                    StoredEventExport.Write(stream, ExportFormat.Jsonl, events, new AcledExportOptions());
                break;
            default:
                foreach (StoredEvent e in events) output.WriteLine(EventSummary.OneLine(e.Event));
                break;
        }
    }
}
