using System.Text;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Export;

namespace Sitrep.Tests.Events.Export;

/// <summary>Hand-built sourced events and a strict RFC 4180 reader for the export tests.</summary>
internal static class ExportFixtures
{
    public static AcledCountryTable Countries { get; } = AcledCountryTable.LoadEmbedded();

    public static AcledExportOptions Options { get; } = new()
    {
        Countries = Countries,
        Timestamp = new DateTimeOffset(2024, 3, 20, 12, 0, 0, TimeSpan.Zero),
    };

    public static SourcedEvent Ambush() => Sourced(EventFixtures.Ambush() with { PloverType = "ASSAULT", PloverMode = "firearms" });

    public static SourcedEvent Sourced(ConflictEvent e) => new(e, "doc", [
        new SourceCitation("doc", "https://example.org/a", "Example Wire", new DateOnly(2024, 3, 14), "https://example.org/a"),
        new SourceCitation("doc2", "https://local.example.net/b", null, null, "https://local.example.net/b"),
        new SourceCitation("doc3", null, "example wire", null, "feed.xml"),
    ]);

    public static ConflictEvent Protest() => new()
    {
        Id = "doc-e2",
        EventType = AcledTypology.Protests,
        SubEventType = "Peaceful protest",
        Actor1 = new ActorRef { Name = "Protesters (Mali)", Inter = 6, Country = "MLI" },
        Date = new EventDate(new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 31), DatePrecision.Month),
        Place = new EventPlace { Country = "MLI", Precision = GeoPrecision.Country },
        Span = new Span(0, 10),
        Evidence = [new Evidence("event", new Span(0, 10), "Traders marched, then\nsat down, \"peacefully\"")],
    };

    public static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else cell.Append(c);
        }
        Assert.False(quoted, "the CSV ends inside a quoted cell");
        Assert.True(cell.Length == 0 && record.Count == 0, "the CSV's last record is not ended by CRLF");
        return records;
    }

    public static string WriteToString(Func<Stream, int> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
