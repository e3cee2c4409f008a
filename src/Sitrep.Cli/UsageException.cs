namespace Sitrep.Cli;

/// <summary>A request the command line could parse but not honour (an unknown layer, a bad date): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
