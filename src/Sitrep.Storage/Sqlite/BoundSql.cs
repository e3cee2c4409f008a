namespace Sitrep.Storage.Sqlite;

/// <summary>SQL text with the values bound to its parameters.</summary>
internal sealed record BoundSql(string Text, IReadOnlyList<SqlArgument> Arguments);

/// <summary>One parameter value, named as in the SQL (with its '@').</summary>
internal sealed record SqlArgument(string Name, object Value);
