using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Errors;

namespace Sitrep.Ingest;

/// <summary>
/// What one input gave: its documents and every problem met on the way. A file can give documents
/// and problems together (a JSON lines file with one malformed line, a header with a bad date).
/// </summary>
public sealed record FileReadResult(string Path, ImmutableArray<Document> Documents, ImmutableArray<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);

    internal static FileReadResult Failed(string path, Problem problem) => new(path, [], [problem]);
}
