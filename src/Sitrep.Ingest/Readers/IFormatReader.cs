namespace Sitrep.Ingest.Readers;

/// <summary>One input format. <see cref="Accepts"/> sniffs the content (the extension only breaks ties).</summary>
internal interface IFormatReader
{
    /// <summary>The name recorded in <see cref="Documents.DocumentMetadata.Format"/>.</summary>
    string Format { get; }

    bool Accepts(SourceText source);

    ReaderOutput Read(SourceText source, CancellationToken cancellationToken);
}
