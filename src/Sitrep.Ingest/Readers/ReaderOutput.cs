using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Ingest.Readers;

/// <summary>The documents a reader made from one input and the problems it met.</summary>
internal sealed record ReaderOutput(ImmutableArray<Document> Documents, ImmutableArray<Problem> Problems)
{
    public static ReaderOutput Failed(Problem problem) => new([], [problem]);
}
