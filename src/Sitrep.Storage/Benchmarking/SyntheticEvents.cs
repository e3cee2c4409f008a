using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage.Benchmarking;

/// <summary>
/// Deterministic synthetic events for the store benchmark: spread over 20 countries, five years
/// and 40 actors, four events per source document, shaped like extractor output (two actors, a
/// toll, one piece of evidence).
/// </summary>
internal static class SyntheticEvents
{
    public static readonly string[] Countries =
        ["MLI", "BFA", "NER", "NGA", "TCD", "SDN", "SSD", "ETH", "SOM", "COD", "CAF", "CMR", "MOZ", "YEM", "SYR", "IRQ", "AFG", "PAK", "MMR", "UKR"];

    public static readonly DateOnly FirstDay = new(2020, 1, 1);

    public static string Actor(int n) => "Armed Group " + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The i-th stored event; its document is the (i / 4)-th.</summary>
    public static StoredEvent Imported(int i)
    {
        string documentId = (i / 4).ToString("x24", CultureInfo.InvariantCulture);
        var source = new EventSource(documentId, "https://bench.example/" + documentId, "Bench", FirstDay.AddDays(i % 1826), "https://bench.example/" + documentId);
        return new StoredEvent(Event($"{documentId}-e{i % 4}", i, "the attack"), documentId, [source]);
    }

    /// <summary>The first N imported events, made when read, so a million of them need not sit in memory at once.</summary>
    public sealed class ImportedList(int count) : IReadOnlyList<StoredEvent>
    {
        public int Count => count;

        public StoredEvent this[int index] => Imported(index);

        public IEnumerator<StoredEvent> GetEnumerator()
        {
            for (int i = 0; i < count; i++) yield return Imported(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Incident i as the given outlet reports it: one document with one event.</summary>
    public static ProcessedDocument Report(string outlet, int i)
    {
        string text = $"{outlet}: fighters of {Actor(i % 40)} attacked the army, killing {i % 7 + 1} people.";
        var document = new Document(text, new DocumentMetadata
        {
            Source = $"https://{outlet}.example/{i}",
            Url = $"https://{outlet}.example/{i}",
            Outlet = outlet,
            Published = FirstDay.AddDays(i * 3 + 1),
        });
        // Incidents lie three days apart, so only the reports of one incident match each other.
        ConflictEvent e = Event(document.Id + "-e1", i, text[..10]) with
        {
            Date = EventDate.OnDay(FirstDay.AddDays(i * 3)),
            Place = new EventPlace { Country = "MLI", Location = "Town " + i, Point = new GeoPoint(14, -2), Precision = GeoPrecision.Near },
            Span = new Span(0, text.Length),
            Evidence = [new Evidence("date", new Span(0, 10), text[..10])],
        };
        return new ProcessedDocument(document, [e]);
    }

    private static ConflictEvent Event(string id, int i, string evidence) => new()
    {
        Id = id,
        EventType = AcledTypology.EventTypes[i % 3],
        SubEventType = AcledTypology.SubTypes[AcledTypology.EventTypes[i % 3]][0],
        Actor1 = new ActorRef { Name = Actor(i % 40), Aliases = ["AG" + (i % 40).ToString(CultureInfo.InvariantCulture)], Inter = 2 },
        Actor2 = new ActorRef { Name = "Military Forces", Inter = 1 },
        Date = EventDate.OnDay(FirstDay.AddDays(i % 1826)),
        Place = new EventPlace
        {
            Country = Countries[i % Countries.Length],
            Location = "Town " + (i % 500).ToString(CultureInfo.InvariantCulture),
            Point = new GeoPoint(-30 + (i % 600) * 0.1, -20 + (i % 700) * 0.1),
            Precision = GeoPrecision.Exact,
        },
        Fatalities = new FatalityCount(i % 7, i % 7, i % 7),
        Confidence = 0.75,
        Span = new Span(0, 0),
        Evidence = [new Evidence("actor1", new Span(0, evidence.Length), evidence)],
        Claims = ImmutableArray<Claim>.Empty,
    };
}
