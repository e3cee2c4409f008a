using System.Text.Json.Serialization;
using Sitrep.Documents;

namespace Sitrep.Actors;

/// <summary>How a mention was recognised.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActorMatchKind>))]
public enum ActorMatchKind
{
    /// <summary>A dictionary name or alias: "JNIM", "Rapid Support Forces", "FAMa".</summary>
    Alias,

    /// <summary>A demonym or country name with a role noun: "Malian soldiers", "Mali's army", "Russian mercenaries".</summary>
    Demonym,

    /// <summary>A role noun alone, coded for the document's country: "gunmen", "villagers".</summary>
    Generic,

    /// <summary>A group name the dictionary lacks ("Zamfara Defence Brigade"), or an acronym the document introduced for it; <see cref="ActorMention.Known"/> is false.</summary>
    NewName,

    /// <summary>A phrase such as "the group" referring back to the last named armed group of the document.</summary>
    Coreference,
}

/// <summary>
/// An actor named in the text, coded to the dictionary: the span and its text, the canonical name
/// for the event date ("Military Forces of Mali (2021-)"), ACLED type and inter code, country, and
/// the dictionary form that matched. <see cref="Country"/> is null for international actors and
/// for generic mentions in a document whose country is unknown.
/// </summary>
public sealed record ActorMention(
    Span Span,
    string Text,
    string Name,
    string Type,
    int Inter,
    string? Country,
    string Alias,
    ActorMatchKind Kind) : ISpanned
{
    /// <summary>False for actors the dictionary does not hold: new group names, with a guessed type.</summary>
    public bool Known { get; init; } = true;

    internal ResolvedActor ToResolved() => new(Name, Type, Inter, Country);
}
