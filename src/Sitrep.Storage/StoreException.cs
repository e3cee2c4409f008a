using Sitrep.Errors;

namespace Sitrep.Storage;

/// <summary>
/// An expected store failure with a stable code: the file is not a store or is too new, a batch
/// could not be written (the store is then unchanged), or a query parameter is invalid.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(ErrorCode code, string subject, string detail, Exception? innerException = null)
        : base($"{subject}: {code.Code}: {detail}", innerException)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        Subject = subject;
        Detail = detail;
    }

    public ErrorCode Code { get; }

    /// <summary>What the failure is about: the store file, a document id, or a query parameter name.</summary>
    public string Subject { get; }

    /// <summary>The message without subject and code.</summary>
    public string Detail { get; }

    public Problem ToProblem() => new(Code, Subject, Detail);
}
