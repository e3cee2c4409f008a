using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Sitrep.Errors;

namespace Sitrep.Evaluation.Floor;

/// <summary>The floor file read, or the problems that kept it from being read.</summary>
public sealed record FloorReadResult(EvaluationFloor? Floor, ImmutableArray<Problem> Problems)
{
    [MemberNotNullWhen(true, nameof(Floor))]
    public bool Succeeded => Floor is not null;

    internal static FloorReadResult Fail(Problem problem) => new(null, [problem]);
}
