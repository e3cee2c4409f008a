namespace Sitrep.Core.Tests.Events.Extraction;

/// <summary>One hand-written article of ExtractionCases.json and the events it must yield, in order.</summary>
public sealed record ExtractionCase(string Name, string Published, string Text, ExpectedEvent[] Events);

/// <summary>The fields a case checks; null fields are not checked.</summary>
public sealed record ExpectedEvent(
    string? SubEventType,
    string? DateStart,
    int? FatalitiesBest,
    int? FatalitiesLow,
    bool? Background,
    bool? Aggregate,
    string? Actor1 = null,
    string? Actor2 = null,
    string? Location = null,
    string? Claims = null);
