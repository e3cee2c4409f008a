namespace Sitrep.Storage.Sqlite;

/// <summary>One schema step: running <see cref="Sql"/> on a store at version <c>Version - 1</c> brings it to <see cref="Version"/>.</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql);
