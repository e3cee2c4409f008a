using System.Collections.Immutable;

namespace Sitrep.Errors;

/// <summary>The catalogue of every expected failure Sitrep reports, by stable code.</summary>
public static class ErrorCodes
{
    // Input (1xxx): the reader could not turn a file into documents.
    public static readonly ErrorCode FileNotFound = new("SR1001", "file-not-found", "The input path does not exist.");
    public static readonly ErrorCode AccessDenied = new("SR1002", "access-denied", "The input could not be read for lack of permission.");
    public static readonly ErrorCode EmptyInput = new("SR1003", "empty-input", "The input holds no text.");
    public static readonly ErrorCode BinaryInput = new("SR1004", "binary-input", "The input is binary data (an image, archive or executable), not text.");
    public static readonly ErrorCode InvalidEncoding = new("SR1005", "invalid-encoding", "The input is not valid UTF-8; it was decoded as Latin-1.");
    public static readonly ErrorCode TooLarge = new("SR1006", "too-large", "The input exceeds the configured size limit.");
    public static readonly ErrorCode BadHeader = new("SR1007", "bad-header", "A header line could not be understood (for example an unknown date format).");
    public static readonly ErrorCode NoArticle = new("SR1008", "no-article", "The HTML page holds no article text.");
    public static readonly ErrorCode MalformedFeed = new("SR1009", "malformed-feed", "The RSS or Atom feed is not well-formed.");
    public static readonly ErrorCode MalformedJsonLine = new("SR1010", "malformed-json-line", "A JSON lines record could not be parsed.");
    public static readonly ErrorCode MalformedTelegramExport = new("SR1011", "malformed-telegram-export", "The Telegram export is not in the expected shape.");
    public static readonly ErrorCode UnsupportedFormat = new("SR1012", "unsupported-format", "No reader accepts this input.");
    public static readonly ErrorCode ReadFailed = new("SR1013", "read-failed", "The input could not be read.");

    // Pipeline (2xxx).
    public static readonly ErrorCode StageFailed = new("SR2001", "stage-failed", "A pipeline stage failed on a document.");
    public static readonly ErrorCode Cancelled = new("SR2002", "cancelled", "Processing was cancelled.");
    public static readonly ErrorCode StageOrder = new("SR2003", "stage-order", "A stage requires a layer that no earlier stage produces.");
    public static readonly ErrorCode InvariantViolated = new("SR2004", "invariant-violated", "A stage produced spans that break the layer's invariants.");

    // Store (3xxx).
    public static readonly ErrorCode SchemaTooNew = new("SR3001", "schema-too-new", "The store was written by a newer Sitrep and cannot be opened.");
    public static readonly ErrorCode StoreUnavailable = new("SR3002", "store-unavailable", "The event store could not be opened.");
    public static readonly ErrorCode StoreWriteFailed = new("SR3003", "store-write-failed", "A batch could not be written; the store is unchanged.");
    public static readonly ErrorCode InvalidQuery = new("SR3004", "invalid-query", "A query parameter is invalid.");

    // Evaluation (4xxx).
    public static readonly ErrorCode MalformedGold = new("SR4001", "malformed-gold", "A gold file does not follow the format in GUIDELINES.md.");
    public static readonly ErrorCode MissingGold = new("SR4002", "missing-gold", "An article in an evaluation folder has no NAME.gold.json beside it.");
    public static readonly ErrorCode MissingArticle = new("SR4003", "missing-article", "A gold file in an evaluation folder has no NAME.txt beside it.");
    public static readonly ErrorCode MalformedFloor = new("SR4004", "malformed-floor", "The evaluation floor file is not {\"f1\": number in [0, 1], \"note\": text}.");

    public static readonly ErrorCode MalformedTreebank = new("SR4005", "malformed-treebank", "A CoNLL-U treebank file is malformed.");

    // Bundled data (5xxx): gazetteers, lexicons and models under data/.
    public static readonly ErrorCode DataFileMissing = new("SR5001", "data-file-missing", "A data file the pipeline needs is absent.");
    public static readonly ErrorCode MalformedDataFile = new("SR5002", "malformed-data-file", "A data file has a bad header or line; the message names the file and line.");
    public static readonly ErrorCode GeoNamesLineSkipped = new("SR5003", "geonames-line-skipped", "A line of a GeoNames dump is malformed; the gazetteer import skipped it and went on.");

    // Data (5xxx): a bundled data file (dictionary, lexicon, model) is missing or invalid.

    // Internal (9xxx): a bug, reported instead of a crash.
    public static readonly ErrorCode InternalError = new("SR9001", "internal-error", "Sitrep hit a bug; the message names the exception. Please report it with the input.");

    public static ImmutableArray<ErrorCode> All { get; } =
    [
        FileNotFound, AccessDenied, EmptyInput, BinaryInput, InvalidEncoding, TooLarge, BadHeader, NoArticle,
        MalformedFeed, MalformedJsonLine, MalformedTelegramExport, UnsupportedFormat, ReadFailed,
        StageFailed, Cancelled, StageOrder, InvariantViolated,
        SchemaTooNew, StoreUnavailable, StoreWriteFailed, InvalidQuery,
        MalformedGold, MissingGold, MissingArticle, MalformedFloor, MalformedTreebank,
        DataFileMissing, MalformedDataFile, GeoNamesLineSkipped,
        InternalError,
    ];
}
