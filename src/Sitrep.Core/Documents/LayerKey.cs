namespace Sitrep.Documents;

/// <summary>
/// Names an annotation layer and fixes the type of its items, so that stages exchange layers
/// through typed keys rather than strings and casts.
/// </summary>
public sealed class LayerKey<T> : ILayerKey where T : ISpanned
{
    public LayerKey(string name, bool allowsOverlap)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        AllowsOverlap = allowsOverlap;
    }

    public string Name { get; }

    /// <summary>False for partitions such as tokens and sentences; true for mentions that may nest.</summary>
    public bool AllowsOverlap { get; }

    public Type ItemType => typeof(T);

    public override string ToString() => Name;
}

/// <summary>The untyped face of <see cref="LayerKey{T}"/>, for pipeline bookkeeping.</summary>
public interface ILayerKey
{
    string Name { get; }
    bool AllowsOverlap { get; }
    Type ItemType { get; }
}
