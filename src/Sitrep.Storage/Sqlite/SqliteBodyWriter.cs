namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Encodes incidents' bodies (<see cref="EventBodyCodec"/>) into one reused buffer, which a
/// statement binds directly: a bulk import of a million events then allocates no array per event.
/// A body is valid until the next call.
/// </summary>
internal sealed class SqliteBodyWriter
{
    private readonly BodyBuffer _buffer = new();

    public Blob Write(StoredEvent incident)
    {
        _buffer.Clear();
        EventBodyCodec.Write(_buffer, incident);
        return new Blob(_buffer.Written);
    }
}
