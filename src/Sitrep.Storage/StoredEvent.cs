using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// An event as stored: the coded event, the document it was extracted from (its span and
/// evidence offsets point into that document's text), and every document that reports it.
/// </summary>
public sealed record StoredEvent(ConflictEvent Event, string DocumentId, ImmutableArray<EventSource> Sources);
