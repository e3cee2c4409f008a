using System.Collections.Immutable;

namespace Sitrep.Events.Export;

/// <summary>
/// An event with every report of it: what the export writers take. It mirrors the store's
/// StoredEvent so Core need not reference Sitrep.Storage; hosts convert with
/// <c>StoredEvent.ToSourced()</c>. <see cref="UpdatedAt"/> is when the event last changed, where
/// the store knows it (ACLED's timestamp column).
/// </summary>
public sealed record SourcedEvent(ConflictEvent Event, string DocumentId, ImmutableArray<SourceCitation> Sources)
{
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The outlets that report the event, in source order, each once (outlet, else URL host, else the source).</summary>
    public IEnumerable<string> OutletNames =>
        (Sources.IsDefault ? [] : Sources).Select(s => s.DisplayName).Distinct(StringComparer.OrdinalIgnoreCase);
}
