namespace Sitrep.Storage.Merging;

/// <summary>
/// What one document's ingest did to public event ids, written as revisions when it is done.
/// Merging deletes and re-inserts incidents; an id deleted and inserted again is an update, an id
/// whose reports went into another incident is merged into it, and one no longer reported is deleted.
/// Both backends keep their revisions by these rules; each hands <see cref="Write"/> its own way to store a row.
/// </summary>
internal sealed class RevisionLog
{
    private readonly HashSet<string> _before = new(StringComparer.Ordinal);
    private readonly HashSet<string> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);

    public void Inserted(string id) => _current.Add(id);

    public void Deleted(string id)
    {
        if (!_current.Remove(id)) _before.Add(id);
    }

    public void Merged(string id, string into)
    {
        if (id != into) _mergedInto[id] = into;
    }

    /// <summary>Hands each revision to <paramref name="write"/> as (event id, change, merged into, document id).</summary>
    public void Write(Action<string, string, string?, string?> write, string documentId)
    {
        foreach (string id in _current.Order(StringComparer.Ordinal))
            write(id, _before.Contains(id) ? "updated" : "created", null, documentId);
        foreach (string id in _before.Where(id => !_current.Contains(id)).Order(StringComparer.Ordinal))
        {
            string? into = FinalTarget(id);
            write(id, into is null ? "deleted" : "merged", into, documentId);
        }
    }

    private string? FinalTarget(string id)
    {
        string current = id;
        for (int steps = 0; steps <= _mergedInto.Count && _mergedInto.TryGetValue(current, out string? next); steps++)
        {
            if (_current.Contains(next)) return next;
            current = next;
        }
        return null;
    }
}
