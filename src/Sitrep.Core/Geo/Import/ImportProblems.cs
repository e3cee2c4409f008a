using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Geo.Import;

/// <summary>Collects an import's bad lines: the first ones in full, the rest only counted, so a damaged dump cannot flood the output.</summary>
internal sealed class ImportProblems(int maxReported)
{
    private readonly List<Problem> _reported = [];

    public int BadLines { get; private set; }

    public ImmutableArray<Problem> Reported => [.. _reported];

    public void BadLine(string path, int line, string message)
    {
        BadLines++;
        if (_reported.Count < maxReported)
            _reported.Add(new Problem(ErrorCodes.GeoNamesLineSkipped, path, message, ProblemSeverity.Warning) { Line = line });
    }

    public void Fatal(Problem problem) => _reported.Add(problem);
}
