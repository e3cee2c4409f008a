using System.Collections.Immutable;

namespace Sitrep.Evaluation.Gold;

/// <summary>One gold actor: the acceptable names for it, canonical (ACLED) name first, then aliases a system might print.</summary>
public sealed record GoldActor
{
    public GoldActor(ImmutableArray<string> names)
    {
        if (names.IsDefaultOrEmpty) throw new ArgumentException("A gold actor needs at least one name.", nameof(names));
        Names = names;
    }

    public ImmutableArray<string> Names { get; }

    public string Canonical => Names[0];

    public override string ToString() => Canonical;

    public bool Equals(GoldActor? other) => other is not null && Names.SequenceEqual(other.Names, StringComparer.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);
}
