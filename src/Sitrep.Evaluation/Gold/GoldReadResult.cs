using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Sitrep.Errors;

namespace Sitrep.Evaluation.Gold;

/// <summary>A gold file read: the document when it is usable, and every problem found (warnings included).</summary>
public sealed record GoldReadResult(GoldDocument? Document, ImmutableArray<Problem> Problems)
{
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null && !Problems.Any(p => p.IsError);
}
