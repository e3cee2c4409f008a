using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>Hand-built events for writer tests.</summary>
internal static class EventFixtures
{
    public static ConflictEvent Ambush() => new()
    {
        Id = "doc-e1",
        EventType = AcledTypology.Battles,
        SubEventType = "Armed clash",
        Actor1 = new ActorRef { Name = "Unidentified Armed Group (Niger)", Inter = 3, Type = "Political militia", Country = "NER" },
        Actor2 = new ActorRef { Name = "Military Forces of Niger (2023-)", Aliases = ["Nigerien army"], Inter = 1, Type = "State forces", Country = "NER" },
        Date = EventDate.OnDay(new DateOnly(2024, 3, 13)),
        Place = new EventPlace { Country = "NER", Admin1 = "Tillaberi", Admin2 = "Tera", Location = "Tera", Point = new GeoPoint(14.0078, 0.7531), Precision = GeoPrecision.Near },
        Fatalities = new FatalityCount(12, 12, null),
        Claims = [new Claim(["Ministry of Defence of Niger"], ClaimKind.Fatalities)],
        Span = new Span(10, 60),
        Evidence = [new Evidence("event", new Span(10, 60), "Gunmen ambushed a Nigerien army convoy, \"killing\" 12")],
    };
}
