namespace Sitrep.Storage;

/// <summary>
/// One entry of an event id's history, as ACLED's living dataset keeps it: what happened to the
/// id, when, and which ingested (or imported) document caused it. Revision numbers count from 1 per id.
/// </summary>
public sealed record EventRevision(string EventId, int Revision, RevisionChange Change, string? MergedInto, DateTimeOffset At, string? DocumentId);

public enum RevisionChange
{
    /// <summary>The id appeared: a report no stored incident matched.</summary>
    Created,
    /// <summary>The incident was recomputed: a source was added, revised or withdrawn.</summary>
    Updated,
    /// <summary>The incident joined another one (named by MergedInto) after a report bridged them.</summary>
    Merged,
    /// <summary>No current source reports the incident any more.</summary>
    Deleted,
}
