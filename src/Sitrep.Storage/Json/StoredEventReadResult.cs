using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Storage.Json;

/// <summary>The events read from a JSON lines file, and a problem for every line that was not one.</summary>
public sealed record StoredEventReadResult(ImmutableArray<StoredEvent> Events, ImmutableArray<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
