namespace Sitrep.Storage.Sqlite;

/// <summary>A reports row: which incident it belongs to and its JSON body (null while it is its incident's only member).</summary>
internal sealed record ReportRow(long Pk, string Id, string DocumentId, long EventPk, string? Body);
