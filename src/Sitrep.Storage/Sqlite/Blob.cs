namespace Sitrep.Storage.Sqlite;

/// <summary>Bytes bound to a <see cref="Statement"/> parameter as a BLOB, without copying them into an array of their own first.</summary>
internal readonly record struct Blob(ReadOnlyMemory<byte> Bytes);
