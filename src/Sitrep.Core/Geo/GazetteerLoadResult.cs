using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Geo;

/// <summary>The loaded gazetteer, or the problems (each naming its file and line) that stopped it loading.</summary>
public sealed record GazetteerLoadResult(Gazetteer? Gazetteer, ImmutableArray<Problem> Problems)
{
    public bool Succeeded => Gazetteer is not null;

    /// <summary>The gazetteer, or an exception listing the problems, for hosts that cannot go on without it.</summary>
    public Gazetteer GetOrThrow() =>
        Gazetteer ?? throw new InvalidDataException(string.Join(Environment.NewLine, Problems.Select(p => p.ToString())));
}
