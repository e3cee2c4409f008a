namespace Sitrep.Storage.Sqlite;

/// <summary>The steps of a bulk import that <see cref="ImportProfile"/> times, in the order an event passes them.</summary>
internal enum ImportPhase
{
    /// <summary>Getting the next event from the caller's list (the store bench makes its synthetic events here).</summary>
    ReadInput,
    /// <summary>The checks the dropped CHECK constraints made, and the id's uniqueness.</summary>
    Check,
    /// <summary>The text-less documents standing for sources the store lacks.</summary>
    DocumentRows,
    /// <summary>Folding the sentence and evidence into the text the evidence filter searches.</summary>
    SearchText,
    EventRow,
    /// <summary>Encoding the record (<see cref="EventBodyCodec"/>).</summary>
    EncodeBody,
    BodyRow,
    /// <summary>Actor and alias ids and the event_actors rows.</summary>
    ActorRows,
    ReportRow,
    RevisionRow,
}
