using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage.Tests.Support;

/// <summary>Small hand-written articles and events; every field of an event is set somewhere.</summary>
public static class Fixtures
{
    public const string BamakoText =
        "On Wednesday, JNIM fighters attacked Malian soldiers near Bamako, killing at least 12 people, the group said in a statement.";

    public static Document Article(string text = BamakoText, string source = "bamako.txt", DateOnly? published = null) =>
        new(text, new DocumentMetadata
        {
            Source = source,
            Path = "/data/" + source,
            Url = "https://example.org/" + source,
            Outlet = "Example News",
            Title = "Attack near Bamako",
            Published = published ?? new DateOnly(2025, 6, 6),
            PublishedAt = new DateTimeOffset(2025, 6, 6, 9, 30, 0, TimeSpan.FromHours(2)),
            Language = "en",
            Format = "text",
        });

    /// <summary>An event with every field filled in, its span covering the whole first sentence.</summary>
    public static ConflictEvent FullEvent(Document document, string suffix = "e1") => new()
    {
        Id = $"{document.Id}-{suffix}",
        EventType = AcledTypology.Battles,
        SubEventType = "Armed clash",
        PloverType = "ASSAULT",
        PloverMode = "firearms",
        Actor1 = new ActorRef
        {
            Name = "JNIM: Group for Support of Islam and Muslims",
            Aliases = ["JNIM", "Jama'a Nusrat ul-Islam wa al-Muslimin"],
            Type = "Rebel group",
            Inter = 2,
        },
        Actor2 = new ActorRef
        {
            Name = "Military Forces of Mali (2021-)",
            Aliases = ["Malian soldiers", "Forces Armées Maliennes"],
            Type = "State forces",
            Inter = 1,
            Country = "MLI",
        },
        AssocActor1 = [new ActorRef { Name = "Katiba Macina", Inter = 2 }],
        AssocActor2 =
        [
            new ActorRef { Name = "Military Forces of Russia (2000-)", Aliases = ["Russian soldiers"], Inter = 8, Country = "RUS" },
            new ActorRef { Name = "Civilians (Mali)", Inter = 7, Country = "MLI" },
        ],
        Date = new EventDate(new DateOnly(2025, 6, 4), new DateOnly(2025, 6, 4), DatePrecision.Day),
        Place = new EventPlace
        {
            Country = "MLI",
            Admin1 = "Bamako",
            Admin2 = "Commune III",
            Location = "Bamako",
            Point = new GeoPoint(12.6392, -8.0029),
            Precision = GeoPrecision.Near,
        },
        Fatalities = new FatalityCount(12, 12, 40),
        Claims = [new Claim(["JNIM", "the group"], ClaimKind.Responsibility), new Claim(["the group"], ClaimKind.Fatalities)],
        Background = false,
        Aggregate = true,
        Confidence = 0.8125,
        Span = new Span(0, document.Text.Length),
        Evidence =
        [
            Evidence(document, "date", new Span(0, Math.Min(12, document.Text.Length))),
            Evidence(document, "fatalities", new Span(document.Text.Length / 2, document.Text.Length)),
        ],
    };

    /// <summary>An event with only the required fields, everything else left at its default.</summary>
    public static ConflictEvent MinimalEvent(Document document, string suffix = "e2") => new()
    {
        Id = $"{document.Id}-{suffix}",
        EventType = AcledTypology.StrategicDevelopments,
        SubEventType = "Other",
        Date = new EventDate(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31), DatePrecision.Month),
        Place = new EventPlace { Country = "MLI" },
        Span = new Span(0, 0),
    };

    /// <summary>The event moved by whole days, so events of different documents stay separate incidents.</summary>
    public static ConflictEvent Shifted(ConflictEvent e, int days) =>
        e with { Date = new EventDate(e.Date.Start.AddDays(days), e.Date.End.AddDays(days), e.Date.Precision) };

    private static Evidence Evidence(Document document, string field, Span span) => new(field, span, document.TextOf(span));

    public static ProcessedDocument Processed(Document document, params ConflictEvent[] events) =>
        new(document, [.. events]);

    public static ImmutableArray<ConflictEvent> None => [];
}
