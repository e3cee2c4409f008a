using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage.Tests.Support;

/// <summary>
/// One incident (an attack on an army post at Boulkessi, Mali, on 4 June 2025) told by a wire
/// agency, a local outlet and a Telegram channel, each with the event an extractor would code
/// from it; plus reports that must stay apart (another town, another day, a protest).
/// </summary>
public static class IncidentFixtures
{
    public const string WireText =
        "BAMAKO (Wire) - Islamist militants attacked an army post in Boulkessi in central Mali on Wednesday, " +
        "killing at least 12 soldiers, security sources said. JNIM claimed responsibility.";

    public const string LocalText =
        "Boulkessi : l'attaque de mercredi contre le poste militaire a fait 20 morts parmi les soldats des FAMa, " +
        "selon des sources locales. Les assaillants du JNIM sont repartis vers la frontière.";

    public const string TelegramText =
        "⚡️ Mujahideen of Jama'at Nusrat al-Islam wal-Muslimin stormed the apostate army base at Boulkessi yesterday. " +
        "40 soldiers killed. Praise be to Allah.";

    public static readonly GeoPoint Boulkessi = new(14.5667, -1.3333);
    public static readonly GeoPoint Gao = new(16.2717, -0.0447);

    public static Document Wire(string text = WireText) => Article(text, "https://wire.example/mali-boulkessi", "Wire", new DateOnly(2025, 6, 4));

    public static Document Local(string text = LocalText) => Article(text, "https://local.example.ml/boulkessi-attaque", "Le Local", new DateOnly(2025, 6, 5));

    public static Document Telegram(string text = TelegramText) => Article(text, "https://t.me/example_channel/1234", "Telegram: example_channel", new DateOnly(2025, 6, 5));

    public static Document Article(string text, string url, string outlet, DateOnly published) =>
        new(text, new DocumentMetadata { Source = url, Url = url, Outlet = outlet, Published = published, Format = "text" });

    public static ConflictEvent WireEvent(Document d) => Attack(d, "e1", new FatalityCount(12, 12, null), "Wire") with
    {
        Claims = [new Claim(["JNIM"], ClaimKind.Responsibility)],
        Confidence = 0.8,
    };

    public static ConflictEvent LocalEvent(Document d) => Attack(d, "e1", new FatalityCount(20, 20, 20), "Local") with
    {
        Place = Place(Boulkessi, GeoPrecision.Exact),
        Claims = [new Claim(["sources locales"], ClaimKind.Fatalities)],
        Confidence = 0.7,
    };

    /// <summary>The channel names the sides the other way round (the army as actor1) and claims a higher toll.</summary>
    public static ConflictEvent TelegramEvent(Document d)
    {
        ConflictEvent e = Attack(d, "e1", new FatalityCount(40, 40, 40), "Telegram");
        return e with
        {
            Actor1 = e.Actor2,
            Actor2 = new ActorRef { Name = Jnim, Aliases = ["Jama'at Nusrat al-Islam wal-Muslimin"], Inter = 2 },
            Claims = [new Claim(["JNIM"], ClaimKind.Responsibility), new Claim(["JNIM"], ClaimKind.Fatalities)],
            Confidence = 0.6,
        };
    }

    public const string Jnim = "JNIM: Group for Support of Islam and Muslims";
    public const string Army = "Military Forces of Mali (2021-)";

    public static ConflictEvent Attack(Document d, string suffix, FatalityCount fatalities, string alias) => new()
    {
        Id = $"{d.Id}-{suffix}",
        EventType = AcledTypology.Battles,
        SubEventType = "Armed clash",
        Actor1 = new ActorRef { Name = Jnim, Aliases = ["JNIM"], Inter = 2 },
        Actor2 = new ActorRef { Name = Army, Aliases = [alias + " soldiers"], Inter = 1, Country = "MLI" },
        Date = EventDate.OnDay(new DateOnly(2025, 6, 4)),
        Place = Place(Boulkessi, GeoPrecision.Near),
        Fatalities = fatalities,
        Span = new Span(0, Math.Min(40, d.Text.Length)),
        Evidence = [new Evidence("place", new Span(0, Math.Min(10, d.Text.Length)), d.TextOf(new Span(0, Math.Min(10, d.Text.Length))))],
    };

    public static EventPlace Place(GeoPoint point, GeoPrecision precision, string location = "Boulkessi") => new()
    {
        Country = "MLI",
        Admin1 = location == "Gao" ? "Gao" : "Mopti",
        Location = location,
        Point = point,
        Precision = precision,
    };

    public static StoredEvent Report(Document d, ConflictEvent e) =>
        new(e, d.Id.Value, [new EventSource(d.Id.Value, d.Metadata.Url, d.Metadata.Outlet, d.Metadata.Published, d.Metadata.Source)]);
}
