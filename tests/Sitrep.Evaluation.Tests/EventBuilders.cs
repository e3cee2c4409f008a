using Sitrep.Documents;
using Sitrep.Evaluation.Gold;
using Sitrep.Events;

namespace Sitrep.Evaluation.Tests;

/// <summary>Small events built in code for unit tests of single conditions; scenario tests use the fixture files.</summary>
internal static class EventBuilders
{
    public static GoldEvent GoldEvent(string id = "e1") => new()
    {
        Id = id,
        Required = true,
        Background = false,
        EventType = AcledTypology.Battles,
        SubEventType = "Armed clash",
        Actor1 = new GoldActor(["Islamic State West Africa Province", "ISWAP"]),
        Actor2 = new GoldActor(["Military Forces of Nigeria (2015-)", "soldiers"]),
        Date = EventDate.OnDay(new DateOnly(2024, 5, 9)),
        Country = "NGA",
        Admin1 = "Borno",
        Location = "Maiduguri",
        Point = new GeoPoint(11.85, 13.16),
        GeoPrecision = GeoPrecision.Exact,
        Evidence = "ISWAP fighters clashed with soldiers outside Maiduguri",
    };

    public static ConflictEvent PredictedEvent(string id = "p1") => new()
    {
        Id = id,
        EventType = AcledTypology.Battles,
        SubEventType = "Armed clash",
        Actor1 = new ActorRef { Name = "Islamic State West Africa Province" },
        Actor2 = new ActorRef { Name = "Military Forces of Nigeria" },
        Date = EventDate.OnDay(new DateOnly(2024, 5, 9)),
        Place = new EventPlace { Country = "NGA", Admin1 = "Borno", Location = "Maiduguri", Point = new GeoPoint(11.85, 13.16), Precision = GeoPrecision.Exact },
        Span = new Span(0, 10),
    };

    public static ConflictEvent At(this ConflictEvent e, string location, double latitude, double longitude) =>
        e with { Place = e.Place with { Location = location, Point = new GeoPoint(latitude, longitude) } };

    public static GoldEvent At(this GoldEvent e, int month, int day) => e with { Date = EventDate.OnDay(new DateOnly(2024, month, day)) };

    public static ConflictEvent On(this ConflictEvent e, int month, int day) => e with { Date = EventDate.OnDay(new DateOnly(2024, month, day)) };
}
