using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Geo;

/// <summary>
/// Collects entries and their names while loading, then freezes them into one flat array grouped
/// by normalised name. Names are chained through index arrays rather than a list per name, which
/// keeps the load's garbage (and so its time) down.
/// </summary>
internal sealed class GazetteerIndexBuilder(AdminAffixes affixes)
{
    private readonly Dictionary<string, int> _head = new(StringComparer.Ordinal);
    private readonly List<int> _linkEntry = [];
    private readonly List<int> _linkNext = [];
    private readonly List<GazetteerEntry> _entries = [];

    public ImmutableArray<GazetteerEntry> Entries => [.. _entries];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Added Add(GazetteerEntry entry, ReadOnlySpan<string> names)
    {
        int id = _entries.Count;
        _entries.Add(entry);
        foreach (string name in names)
        {
            string key = NameNormalizer.Normalize(name);
            AddKey(key, id);
            // News writes "St. Petersburg" and "Mt. Kenya" where GeoNames spells the words out.
            if (key.StartsWith("saint ", StringComparison.Ordinal)) AddKey(string.Concat("st ", key.AsSpan(6)), id);
            else if (key.StartsWith("mount ", StringComparison.Ordinal)) AddKey(string.Concat("mt ", key.AsSpan(6)), id);
            if (entry.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 && affixes.Strip(key) is string bare) AddKey(bare, id);
        }
        return new Added(id, entry);
    }

    /// <summary>Another name for entries already added.</summary>
    public void AddAlias(string alias, IEnumerable<Added> targets)
    {
        string key = NameNormalizer.Normalize(alias);
        foreach (Added target in targets) AddKey(key, target.Id);
    }

    /// <summary>The entries added so far under a name, with their ids for <see cref="AddAlias"/>.</summary>
    public IReadOnlyList<Added> Find(string name)
    {
        var found = new List<Added>();
        if (!_head.TryGetValue(NameNormalizer.Normalize(name), out int link)) return found;
        for (; link >= 0; link = _linkNext[link]) found.Add(new Added(_linkEntry[link], _entries[_linkEntry[link]]));
        found.Reverse();
        return found;
    }

    /// <summary>An entry with its position in the builder.</summary>
    public readonly record struct Added(int Id, GazetteerEntry Entry);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public GazetteerNameIndex Build()
    {
        var links = new int[_linkEntry.Count];
        var keys = new List<IndexKey>(_head.Count);
        int next = 0;
        // Names in the order they were first added, so that the links and the buckets are the same on every build.
        foreach (var (key, head) in _head)
        {
            int start = next;
            for (int link = head; link >= 0; link = _linkNext[link]) links[next++] = _linkEntry[link];
            // Links were pushed at the head; restore the order entries were added in.
            Array.Reverse(links, start, next - start);
            keys.Add(new IndexKey(key, start, next - start));
        }
        return GazetteerNameIndex.Build(keys, links, CollectionsMarshal.AsSpan(_entries));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddKey(string key, int entry)
    {
        if (key.Length == 0 || entry < 0) return;
        ref int head = ref CollectionsMarshal.GetValueRefOrAddDefault(_head, key, out bool exists);
        if (exists && _linkEntry[head] == entry) return; // name and ascii name normalise alike
        _linkEntry.Add(entry);
        _linkNext.Add(exists ? head : -1);
        head = _linkEntry.Count - 1;
    }
}
