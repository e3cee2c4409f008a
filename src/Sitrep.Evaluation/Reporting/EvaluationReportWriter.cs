namespace Sitrep.Evaluation.Reporting;

/// <summary>Prints an <see cref="EvaluationReport"/> as a table, as JSON, or as the verbose list of misses used to develop the extractor.</summary>
public sealed class EvaluationReportWriter
{
    private readonly EvaluationReport _report;

    public EvaluationReportWriter(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _report = report;
    }

    /// <summary>Per-document counts and scores, the totals, and per-field agreement.</summary>
    public void WriteTable(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        TableReport.Write(_report, writer);
    }

    /// <summary>
    /// <c>{"precision","recall","f1","tp","fp","fn","background_coded_as_new","fields":{...},"documents":[...]}</c>;
    /// with <paramref name="includeDetails"/> each document also lists its pairs, false positives and false negatives.
    /// </summary>
    public void WriteJson(TextWriter writer, bool includeDetails = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonReport.Write(_report, writer, includeDetails);
    }

    /// <summary>Per document, every false positive and false negative with its evidence and why it did not match its nearest candidate, then field disagreements on pairs.</summary>
    public void WriteVerbose(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        VerboseReport.Write(_report, writer);
    }

    /// <summary>
    /// One line per problem, in the CLI's <c>FILE: CODE: message</c> form. The other writers
    /// leave problems out (the table only counts them), so hosts print these on stderr.
    /// </summary>
    public void WriteProblems(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var problem in _report.Problems) writer.WriteLine(problem.ToString());
    }
}
